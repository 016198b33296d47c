package io.mozart.server.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The directions are the compiler's business: the JDK's compiler, run on small sources against the built classes,
 * accepts a server message on every send path and as a reply, and refuses a request on each of them.
 */
class DirectionCompileTest {

    private static final String HEAD = "import io.mozart.encore.route.Routes;\n"
            + "import io.mozart.server.game.*;\n"
            + "import io.mozart.server.protocol.Reply;\n"
            + "import io.mozart.server.protocol.charge.*;\n"
            + "import java.util.List;\n"
            + "class Probe {\n"
            + "  void probe(Player player, List<Player> all) {\n";
    private static final String ROUTES = "GameRoutes.of(Routes.builder())";

    private static List<Diagnostic<? extends JavaFileObject>> compile(String body) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("direction-probe");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaFileObject source =
                    new SimpleJavaFileObject(URI.create("string:///Probe.java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return HEAD + body + "\n  }\n}\n";
                        }
                    };
            List<String> options = List.of("-classpath", classpath(), "-d", out.toString(), "-proc:none");
            javac.getTask(null, files, diagnostics, options, null, List.of(source))
                    .call();
        } finally {
            try (var walk = Files.walk(out)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .collect(Collectors.toList());
    }

    /** The built classes this probe needs: mozart-impl's, encore-core's and Netty's, wherever the build put them. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(
                Player.class,
                Session.class,
                Routes.class,
                io.netty.buffer.ByteBuf.class,
                io.netty.channel.Channel.class,
                io.netty.util.ReferenceCounted.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString());
            } catch (URISyntaxException e) {
                throw new AssertionError(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void accepted(String body) throws IOException {
        assertEquals(List.of(), messages(compile(body)), body);
    }

    /** Asserts one error, on the probe's line, whose message names {@code culprit}. */
    private static void refused(String body, String culprit) throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile(body);
        assertEquals(1, errors.size(), body + " → " + messages(errors));
        assertEquals(8, errors.get(0).getLineNumber(), body + " → " + messages(errors));
        String message = errors.get(0).getMessage(Locale.ROOT);
        assertTrue(message.contains(culprit), body + " → " + message);
    }

    private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> errors) {
        List<String> m = new ArrayList<>();
        errors.forEach(d -> m.add(d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)));
        return m;
    }

    @Test
    void serverMessagesGoEverywhereTheGameSends() throws IOException {
        accepted("player.send(new SyncPointResponse(1));\n"
                + "Broadcast.send(all, new SyncPointResponse(1));\n"
                + "Broadcast.sendDroppable(all, new SyncPointResponse(1));\n"
                + "GameRoutes.of(Routes.builder())\n"
                + "  .on(SyncPointRequest.class, (s, r) -> new SyncPointResponse(1))\n"
                + "  .on(SyncCashPointRequest.class, (s, r) -> null)\n"
                + "  .on(SyncFreePassRequest.class,\n"
                + "       (s, r) -> Reply.of(new SyncPointResponse(1), new SyncPointResponse(2)))\n"
                + "  .on(CheckGiftFreePassRequest.class, (s, r) -> Reply.of(List.of(new SyncPointResponse(1))));");
    }

    @Test
    void aRequestIsRefusedOnEverySendPath() throws IOException {
        refused("player.send(new SyncPointRequest());", "SyncPointRequest");
        refused("Broadcast.send(all, new SyncPointRequest());", "SyncPointRequest");
        refused("Broadcast.sendDroppable(all, new SyncPointRequest());", "SyncPointRequest");
    }

    @Test
    void aRequestIsRefusedAsAReply() throws IOException {
        refused(ROUTES + ".on(SyncPointRequest.class, (s, r) -> new SyncCashPointRequest());", "SyncCashPointRequest");
        refused(
                ROUTES + ".on(SyncPointRequest.class, (s, r) -> Reply.of(new SyncPointRequest()));",
                "SyncPointRequest");
        refused(ROUTES + ".on(SyncPointRequest.class, (s, r) -> List.of(new SyncPointResponse(1)));", "List");
    }

    @Test
    void aResponseCannotBeRoutedAsARequest() throws IOException {
        refused(ROUTES + ".on(SyncPointResponse.class, (s, r) -> null);", "SyncPointResponse");
    }
}
