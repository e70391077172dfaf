package io.sxalable.driver.junos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FactsParsersTest {

    @Test
    void softwareInformation() throws Exception {
        SoftwareInformationParser.Software vmx = SoftwareInformationParser.parse(
                Golden.read(Golden.VMX, "get-software-information.xml"));
        assertThat(vmx).isEqualTo(new SoftwareInformationParser.Software("r1", "vmx", "23.4R1.9"));
    }

    @Test
    void dualRoutingEnginesUseTheFirstItem() throws Exception {
        SoftwareInformationParser.Software mx = SoftwareInformationParser.parse(
                Golden.read(Golden.MX204, "get-software-information.xml"));
        assertThat(mx).isEqualTo(new SoftwareInformationParser.Software("pe1-re0", "mx204", "21.4R3-S5.4"));
    }

    @Test
    void legacyReleasesNameTheVersionInThePackageComment() throws Exception {
        SoftwareInformationParser.Software old = SoftwareInformationParser.parse(
                Golden.read(Golden.MX204, "get-software-information-legacy.xml"));
        assertThat(old.version()).isEqualTo("12.3R6.6");
        assertThat(old.hostname()).isEqualTo("old-mx80");
    }

    @Test
    void chassisSerial() throws Exception {
        assertThat(ChassisInventoryParser.serialNumber(Golden.read(Golden.VMX, "get-chassis-inventory.xml")))
                .isEqualTo("VM65E0D5A1B2");
        assertThat(ChassisInventoryParser.serialNumber(Golden.read(Golden.MX204, "get-chassis-inventory.xml")))
                .isEqualTo("JN12AB34CDEF");   // the chassis, not the midplane below it
    }

    @Test
    void uptimeFromJunosSeconds() throws Exception {
        assertThat(UptimeParser.parse(Golden.read(Golden.MX204, "get-system-uptime-information.xml")))
                .isEqualTo(Duration.ofSeconds(1242793));   // re0, not re1
        assertThat(UptimeParser.parse(Golden.read(Golden.MX204, "get-system-uptime-information-no-length.xml")))
                .isEqualTo(Duration.ofSeconds(90000));     // current - booted
        Duration vmx = UptimeParser.parse(Golden.read(Golden.VMX, "get-system-uptime-information.xml"));
        assertThat(vmx).isEqualTo(Duration.ofDays(3).plusHours(4).plusMinutes(12));
    }

    @Test
    void garbageIsUnexpectedOutputNamingTheRpc() {
        assertThatThrownBy(() -> SoftwareInformationParser.parse("<rpc-reply><ok/></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("get-software-information")
                .hasMessageContaining("<software-information>");
        assertThatThrownBy(() -> UptimeParser.parse("<rpc-reply><system-uptime-information/></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("junos:seconds");
        assertThatThrownBy(() -> ChassisInventoryParser.serialNumber("not xml at all"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("get-chassis-inventory")
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> SoftwareInformationParser.parse(""))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("empty reply");
    }

    @Test
    void doctypesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rpc-reply><software-information><junos-version>&x;</junos-version></software-information></rpc-reply>";
        assertThatThrownBy(() -> SoftwareInformationParser.parse(xxe)).isInstanceOf(UnexpectedOutputException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
