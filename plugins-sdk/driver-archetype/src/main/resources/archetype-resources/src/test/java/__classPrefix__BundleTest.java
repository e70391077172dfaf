package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * What bnd generated (process-classes, before the tests): the bundle imports only the SDK, exports nothing,
 * registers its DS component and knows its version; and the Karaf feature names the core and this bundle.
 * Allow a new import here only when the appliance provides that package (see docs/plugins/writing-a-driver.md).
 */
class ${classPrefix}BundleTest {

    private static Path classes() throws Exception {
        return Path.of(${classPrefix}Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Attributes manifest() throws Exception {
        try (InputStream in = Files.newInputStream(classes().resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void importsOnlyTheSdkAndExportsNothing() throws Exception {
        Attributes manifest = manifest();
        List<String> imported = Arrays.stream(manifest.getValue("Import-Package")
                        .split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))      // commas outside quoted version ranges
                .map(clause -> clause.split(";")[0].strip())
                .toList();

        assertEquals(List.of("io.sxalable.sdk.driver"), imported, manifest.getValue("Import-Package"));
        assertTrue(manifest.getValue("Import-Package").contains("version=\"[1.0,2)\""),
                "any 1.x SDK: " + manifest.getValue("Import-Package"));
        assertNull(manifest.getValue("Export-Package"), "a driver exports nothing");
    }

    @Test
    void registersTheDriverComponentWithTheBundleVersion() throws Exception {
        Attributes manifest = manifest();
        String component = "OSGI-INF/" + ${classPrefix}Driver.class.getName() + ".xml";

        assertEquals(component, manifest.getValue("Service-Component"));
        assertTrue(Files.readString(classes().resolve(component)).contains("OSGI-INF/driver.properties"));
        assertTrue(manifest.getValue("Provide-Capability").contains("io.sxalable.sdk.driver.DeviceDriver"));

        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(classes().resolve("OSGI-INF/driver.properties"))) {
            properties.load(in);
        }
        assertEquals(manifest.getValue("Bundle-Version"), properties.getProperty("driver.version"));
    }

    @Test
    void theFeatureDependsOnTheCoreAndInstallsTheBundle() throws Exception {
        String feature = Files.readString(classes().getParent().resolve("feature/feature.xml"));

        assertTrue(feature.contains("<feature>sxalable-core</feature>"), feature);
        assertTrue(feature.contains("<bundle>mvn:"), feature);
        assertTrue(!feature.contains("$" + "{"), "unfiltered placeholders in " + feature);
    }
}
