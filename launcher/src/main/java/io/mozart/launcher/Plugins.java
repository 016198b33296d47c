package io.mozart.launcher;

import io.mozart.api.MozartServer;
import io.mozart.api.plugin.MozartPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The launcher's plugins: every {@code *.jar} in the {@code plugins/} folder next to {@code mozart.jar},
 * each in its own class loader, with its {@link MozartPlugin}s found through {@link ServiceLoader}. A jar
 * that cannot be read, names a provider that cannot be created, or holds no plugin at all stops the start
 * with a {@link PluginException} naming the jar.
 */
public final class Plugins {

    /** The folder name, next to {@code mozart.jar}. */
    public static final String FOLDER = "plugins";

    private final List<Loaded> loaded;

    private Plugins(List<Loaded> loaded) {
        this.loaded = List.copyOf(loaded);
    }

    /**
     * One plugin and the jar it came from.
     *
     * @param jar    the jar file
     * @param plugin the plugin
     */
    public record Loaded(Path jar, MozartPlugin plugin) {

        /** @return {@code name (jar file name)}, as the banner and the window show it */
        public String describe() {
            return plugin.name() + " (" + jar.getFileName() + ")";
        }
    }

    /** A plugin jar that cannot be loaded or configured. */
    public static final class PluginException extends RuntimeException {

        /**
         * @param message what went wrong, naming the jar
         * @param cause   the cause, may be null
         */
        public PluginException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @return no plugins */
    public static Plugins none() {
        return new Plugins(List.of());
    }

    /**
     * Loads the plugins of a folder (sorted by jar name); a folder that does not exist holds none.
     *
     * @param folder the plugins folder
     * @return the plugins
     * @throws PluginException naming the jar that failed
     */
    public static Plugins load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return none();
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + folder, e);
        }
        ClassLoader parent = Plugins.class.getClassLoader();
        // Providers the launcher's own class path declares are not plugins of a jar.
        Set<Class<?>> onClassPath = ServiceLoader.load(MozartPlugin.class, parent).stream()
                .map(ServiceLoader.Provider::type)
                .collect(Collectors.toSet());
        List<Loaded> out = new ArrayList<>();
        for (Path jar : jars) {
            out.addAll(loadJar(jar, parent, onClassPath));
        }
        return new Plugins(out);
    }

    private static List<Loaded> loadJar(Path jar, ClassLoader parent, Set<Class<?>> onClassPath) {
        URL url;
        try {
            url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginException("plugin jar " + jar + " cannot be loaded: " + e.getMessage(), e);
        }
        // Not closed: the plugin's classes are used for the life of the server.
        URLClassLoader loader = new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {url}, parent);
        List<Loaded> found = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<MozartPlugin> p : ServiceLoader.load(MozartPlugin.class, loader).stream()
                    .filter(p -> !onClassPath.contains(p.type()))
                    .toList()) {
                found.add(new Loaded(jar, p.get()));
            }
        } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
            close(loader);
            throw new PluginException("plugin jar " + jar + " cannot be loaded: " + message(e), e);
        }
        if (found.isEmpty()) {
            close(loader);
            throw new PluginException(
                    "plugin jar " + jar + " holds no plugin: it must name its "
                            + MozartPlugin.class.getName() + " implementation in META-INF/services/"
                            + MozartPlugin.class.getName(),
                    null);
        }
        return found;
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // The start fails anyway; the jar's file handle goes with the JVM.
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    /**
     * Lets every plugin configure the server builder, in load order.
     *
     * @param builder the builder
     * @throws PluginException naming the jar whose plugin failed
     */
    public void configure(MozartServer.Builder builder) {
        for (Loaded l : loaded) {
            try {
                l.plugin().configure(builder);
            } catch (RuntimeException | LinkageError e) {
                throw new PluginException(
                        "plugin " + l.plugin().name() + " in " + l.jar() + " failed to configure: " + message(e), e);
            }
        }
    }

    /** @return the loaded plugins */
    public List<Loaded> loaded() {
        return loaded;
    }

    /** @return each plugin as {@code name (jar)} */
    public List<String> descriptions() {
        return loaded.stream().map(Loaded::describe).toList();
    }
}
