package dev.mockinterview.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md: the grader and the bank know nothing of Spring, the web or each
 * other, and the service's feature packages talk only along the arrows below.
 */
class ArchitectureTest {

    private static final String[] FRAMEWORK = {"org.springframework..", "reactor.netty..", "io.netty.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mockinterview");

    @Test
    void modulesAndFeaturesDependOnlyAlongTheirArrows() {
        CompositeArchRule.of(noClasses()
                        .that()
                        .resideInAPackage("dev.mockinterview.grading..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(FRAMEWORK)
                        .orShould()
                        .dependOnClassesThat()
                        .resideInAnyPackage("dev.mockinterview.api..", "dev.mockinterview.bank..")
                        .because("the grader module knows nothing of HTTP, Spring or the bank"))
                .and(noClasses()
                        .that()
                        .resideInAPackage("dev.mockinterview.bank..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(FRAMEWORK)
                        .orShould()
                        .dependOnClassesThat()
                        .resideInAnyPackage("dev.mockinterview.api..", "dev.mockinterview.grading..")
                        .because("the question-bank module knows nothing of HTTP, Spring or grading"))
                .and(layeredArchitecture()
                        .consideringOnlyDependenciesInAnyPackage("dev.mockinterview.api..")
                        .withOptionalLayers(true)
                        .layer("application")
                        .definedBy("dev.mockinterview.api")
                        .layer("error")
                        .definedBy("dev.mockinterview.api.error..")
                        .layer("bank")
                        .definedBy("dev.mockinterview.api.bank..")
                        .layer("grading")
                        .definedBy("dev.mockinterview.api.grading..")
                        .layer("system")
                        .definedBy("dev.mockinterview.api.system..")
                        .layer("store")
                        .definedBy("dev.mockinterview.api.store..")
                        .layer("security")
                        .definedBy("dev.mockinterview.api.security..")
                        .layer("session")
                        .definedBy("dev.mockinterview.api.session..")
                        .layer("report")
                        .definedBy("dev.mockinterview.api.report..")
                        .layer("web")
                        .definedBy("dev.mockinterview.api.web..")
                        .whereLayer("bank")
                        .mayOnlyBeAccessedByLayers("session", "report")
                        .whereLayer("grading")
                        .mayOnlyBeAccessedByLayers("session")
                        .whereLayer("system")
                        .mayNotBeAccessedByAnyLayer()
                        .whereLayer("store")
                        .mayOnlyBeAccessedByLayers("security", "session", "report")
                        .whereLayer("security")
                        .mayOnlyBeAccessedByLayers("session", "report")
                        .whereLayer("session")
                        .mayNotBeAccessedByAnyLayer()
                        .whereLayer("report")
                        .mayNotBeAccessedByAnyLayer()
                        .whereLayer("web")
                        .mayNotBeAccessedByAnyLayer()
                        .whereLayer("error")
                        .mayOnlyBeAccessedByLayers(
                                "bank", "grading", "system", "store", "security", "session", "report", "web")
                        .whereLayer("application")
                        .mayNotBeAccessedByAnyLayer()
                        .because("a feature reaches another only through the arrows of docs/architecture.md"))
                .and(slices().matching("dev.mockinterview.api.(*)..").should().beFreeOfCycles())
                .check(classes);
    }
}
