package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.MozartServer;
import io.mozart.api.extension.Requirement;
import io.mozart.api.plugin.MozartPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the plugins folder: jars in name order, each plugin configures the builder, failures name the jar. */
class PluginsTest {

    /** A plugin whose class is on the test class path; a jar in the folder names it in its services file. */
    public static final class OpcodePlugin implements MozartPlugin {
        @Override
        public String name() {
            return "opcode";
        }

        @Override
        public void configure(MozartServer.Builder builder) {
            builder.handler(0x7D10, Requirement.AUTHORIZED, (context, packet) -> {});
        }
    }

    /** A plugin that fails while configuring. */
    public static final class FailingPlugin implements MozartPlugin {
        @Override
        public void configure(MozartServer.Builder builder) {
            throw new IllegalStateException("no licence");
        }
    }

    @TempDir
    Path dir;

    private Path jar(String name, String services) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            if (services != null) {
                out.putNextEntry(new JarEntry("META-INF/services/" + MozartPlugin.class.getName()));
                out.write(services.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aMissingFolderHoldsNoPlugins() {
        assertEquals(List.of(), Plugins.load(dir.resolve("plugins")).loaded());
    }

    @Test
    void aPluginConfiguresTheBuilderAndIsDescribedWithItsJar() throws IOException {
        jar("a-opcode.jar", OpcodePlugin.class.getName() + "\n");
        Files.writeString(dir.resolve("readme.txt"), "not a jar");
        Plugins plugins = Plugins.load(dir);
        assertEquals(List.of("opcode (a-opcode.jar)"), plugins.descriptions());
        MozartServer.Builder builder = MozartServer.builder();
        plugins.configure(builder);
        assertEquals(0x7D10, builder.settings().handlers().get(0).opcode());
    }

    @Test
    void aProviderThatCannotBeLoadedNamesTheJar() throws IOException {
        Path broken = jar("broken.jar", "com.example.Missing\n");
        Plugins.PluginException e = assertThrows(Plugins.PluginException.class, () -> Plugins.load(dir));
        assertTrue(e.getMessage().startsWith("plugin jar " + broken + " cannot be loaded"), e::getMessage);
        assertTrue(e.getMessage().contains("com.example.Missing"), e::getMessage);
    }

    @Test
    void aJarWithoutAPluginNamesTheJar() throws IOException {
        Path empty = jar("empty.jar", null);
        Plugins.PluginException e = assertThrows(Plugins.PluginException.class, () -> Plugins.load(dir));
        assertTrue(e.getMessage().startsWith("plugin jar " + empty + " holds no plugin"), e::getMessage);
    }

    @Test
    void aPluginThatFailsToConfigureNamesItsJar() throws IOException {
        Path jar = jar("failing.jar", FailingPlugin.class.getName() + "\n");
        Plugins plugins = Plugins.load(dir);
        Plugins.PluginException e =
                assertThrows(Plugins.PluginException.class, () -> plugins.configure(MozartServer.builder()));
        assertTrue(e.getMessage().contains(jar.toString()) && e.getMessage().contains("no licence"), e::getMessage);
    }
}
