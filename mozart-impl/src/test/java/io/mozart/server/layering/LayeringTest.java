package io.mozart.server.layering;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of mozart-impl (docs/architecture, issue 14), checked on the compiled main classes: the protocol
 * stands on encore-core and the JDK only, game areas do not reach into each other's handler classes, and storage
 * knows no game area. A failure names the rule and every offending dependency.
 */
class LayeringTest {

    private static final String SERVER = "io.mozart.server.";

    /** The game areas: one handler class each, plus their rules and models. */
    private static final List<String> AREAS =
            List.of("planet", "lobby", "waiting", "playing", "shop", "myroom", "messaging", "ranking", "charge");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.mozart");
    }

    @Test
    void protocolImportsOnlyEncoreCoreTheJdkAndItself() {
        ArchRule rule = classes()
                .that()
                .resideInAPackage(SERVER + "protocol..")
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(
                                SERVER + "protocol..", "io.mozart.encore..", "io.netty.buffer..", "java..")
                        .or(not(resideInAPackage("io.mozart..")).and(resideInAPackage("")))) // primitives, arrays
                .as("protocol imports only encore-core, the JDK and protocol (protocol.common)");
        rule.check(main);
    }

    @Test
    void gameAreasDoNotImportEachOthersHandlerClasses() {
        for (String area : AREAS) {
            String[] others = AREAS.stream()
                    .filter(a -> !a.equals(area))
                    .map(a -> SERVER + a + "..")
                    .toArray(String[]::new);
            ArchRule rule = noClasses()
                    .that()
                    .resideInAPackage(SERVER + area + "..")
                    .should()
                    .dependOnClassesThat(resideInAnyPackage(others).and(simpleNameEndingWith("Handlers")))
                    .as("game area '" + area + "' imports no other area's handler class ("
                            + Arrays.toString(
                                    AREAS.stream().filter(a -> !a.equals(area)).toArray()) + ")");
            rule.check(main);
        }
    }

    @Test
    void storageImportsNoGameArea() {
        String[] areas = AREAS.stream().map(a -> SERVER + a + "..").toArray(String[]::new);
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(SERVER + "storage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(areas)
                .as("storage imports no game area");
        rule.check(main);
    }
}
