package io.sxalable.driver.routeros.parse;

import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static io.sxalable.driver.routeros.Golden.EDGE_OLD_78;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.driver.routeros.Golden;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import org.junit.jupiter.api.Test;

class ExportNormalizerTest {

    @Test
    void dropsTheTimeStampLineAndCarriageReturns() throws Exception {
        String raw = Golden.text(EDGE_1, "export.rsc");

        String normalized = ExportNormalizer.normalize(raw, "/export");

        assertThat(raw).startsWith("# 2025-01-23 14:07:55 by RouterOS 7.16.1\r\n");
        assertThat(normalized).startsWith("# software id = 3GQP-9K2M\n#\n# model = RB5009UG+S+\n")
                .doesNotContain("\r").doesNotContain("by RouterOS").endsWith("set show-at-login=no\n");
        assertThat(normalized).contains("add address=192.168.88.1/24 comment=defconf interface=bridge-lan network=\\\n"
                + "    192.168.88.0\n");
    }

    @Test
    void twoExportsMinutesApartNormaliseToTheSameText() throws Exception {
        String raw = Golden.text(EDGE_1, "export.rsc");
        String later = raw.replace("2025-01-23 14:07:55", "2025-01-23 14:12:03");

        assertThat(ExportNormalizer.normalize(later, "/export")).isEqualTo(ExportNormalizer.normalize(raw, "/export"));
    }

    @Test
    void oldDateFormatBefore710() throws Exception {
        assertThat(ExportNormalizer.normalize(Golden.text(EDGE_OLD_78, "export.rsc"), "/export"))
                .isEqualTo("# software id = 3GQP-9K2M\n#\n# model = RB4011iGS+\n# serial number = D4450C0FFEE1\n"
                        + "/system identity\nset name=edge-old\n");
    }

    @Test
    void onlyTheFirstLineIsAStamp() throws Exception {
        String text = "/system identity\nset name=r1\n# 2025-01-23 14:07:55 by RouterOS 7.16.1\n";

        assertThat(ExportNormalizer.normalize(text, "/export")).isEqualTo(text);
    }

    @Test
    void emptyOrForeignTextIsUnexpected() {
        assertThatThrownBy(() -> ExportNormalizer.normalize("# 2025-01-23 14:07:55 by RouterOS 7.16.1\r\n", "/export"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("empty export");
        assertThatThrownBy(() -> ExportNormalizer.normalize("{\"error\": 1}", "/export"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("does not look like");
    }
}
