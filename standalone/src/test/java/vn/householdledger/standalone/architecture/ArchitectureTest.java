package vn.householdledger.standalone.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.AggregateRoot;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boundaries between the modules, as rules over the compiled classes of every module: the events,
 * the contract and each side depend only where the layout says, the pages see the contract alone, and
 * a controller holds no rule of the domain.
 */
@AnalyzeClasses(packages = "vn.householdledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String OURS = "vn.householdledger..";
    private static final String API = "vn.householdledger.api..";

    @ArchTest
    static final ArchRule theContractDependsOnNothingOfOursAndOnNoFramework = classes()
            .that().resideInAPackage(API)
            .should().onlyDependOnClassesThat(resideInAnyPackage(API, "java..", "jakarta.validation..",
                    "com.fasterxml.jackson.."))
            .because("the api module is what every client reads: records, codes, constraints; no Spring MVC, no Axon");

    @ArchTest
    static final ArchRule theEventsDependOnNothingOfOursButTheContractsCodes = classes()
            .that().resideInAnyPackage("vn.householdledger.events..", "vn.householdledger.standard..")
            .should().onlyDependOnClassesThat(not(resideInAnyPackage(OURS))
                    .or(resideInAnyPackage("vn.householdledger.events..", "vn.householdledger.standard..", API)))
            .because("shared-events is what both sides store and replay; the codes events carry are the contract's");

    @ArchTest
    static final ArchRule theCommandSideNeverReadsTheQuerySideOrThePages = noClasses()
            .that().resideInAPackage("vn.householdledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.householdledger.query..", "vn.householdledger.web..");

    @ArchTest
    static final ArchRule theQuerySideNeverCommandsOrRendersPages = noClasses()
            .that().resideInAPackage("vn.householdledger.query..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.householdledger.command..", "vn.householdledger.web..");

    @ArchTest
    static final ArchRule thePagesSeeOnlyTheContract = classes()
            .that().resideInAPackage("vn.householdledger.web..")
            .should().onlyDependOnClassesThat(not(resideInAnyPackage(OURS))
                    .or(resideInAnyPackage("vn.householdledger.web..", API)))
            .because("the pages are a client of the API over HTTP, like any other");

    @ArchTest
    static final ArchRule controllersHoldNoRuleOfTheDomain = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat(metaAnnotatedWith(AggregateRoot.class))
            .orShould().dependOnClassesThat().resideInAPackage("vn.householdledger.standard..")
            .because("aggregates and the poverty standards decide; controllers only translate HTTP");
}
