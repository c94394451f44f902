package org.coplan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of Coplan as rules the build checks. Arrows point down: ui → service → domain; persistence and
 * exchange implement service ports; nothing below ui touches JavaFX except the gantt control. Each rule says
 * why; an exception is a named annotation, so it shows in the code and in review.
 */
public abstract class CoplanArchitectureRules {

    private static final String[] NO_FX_LAYERS = {"org.coplan.domain..", "org.coplan.scheduling..",
        "org.coplan.l10n..", "org.coplan.service..", "org.coplan.persistence..", "org.coplan.exchange..",
        "org.coplan.report..", "org.coplan.cli.."};

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAnyPackage("org.coplan.domain..", "org.coplan.scheduling..", "org.coplan.l10n..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "org.mpxj..", "net.sf.mpxj..", "org.coplan.persistence..", "org.coplan.service..",
                    "org.coplan.ui..", "org.coplan.cli..", "org.coplan.exchange..", "org.coplan.gantt..")
            .because("the model and the scheduler are pure Java that every other layer, and every test, can use");

    @ArchTest
    static final ArchRule onlyUiAndGanttUseJavaFx = noClasses()
            .that().resideInAnyPackage(NO_FX_LAYERS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("nothing below the user interface may need a display (the CLI runs headless)");

    @ArchTest
    static final ArchRule serviceDependsOnPortsNotAdapters = noClasses()
            .that().resideInAPackage("org.coplan.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..",
                    "org.coplan.persistence..", "org.coplan.exchange..", "org.coplan.ui..", "org.coplan.cli..",
                    "org.coplan.gantt..")
            .because("use cases talk to storage through ports, so they are tested without a database");

    @ArchTest
    static final ArchRule uiNeverTouchesStorage = noClasses()
            .that().resideInAnyPackage("org.coplan.ui..", "org.coplan.gantt..", "org.coplan.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.coplan.persistence..", "org.jooq..",
                    "java.sql..", "org.h2..", "org.flywaydb..")
            .because("screens edit through services and commands; a Connection in UI code is how edits get lost");

    @ArchTest
    static final ArchRule generatedRecordsStayInPersistence = noClasses()
            .that().resideOutsideOfPackage("org.coplan.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.coplan.persistence.generated..")
            .because("repositories return domain records, never jOOQ records");

    @ArchTest
    static final ArchRule onlyPersistenceUsesJooq = noClasses()
            .that().resideOutsideOfPackages("org.coplan.persistence..", "org.coplan")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..")
            .because("one layer owns SQL, so the same code can later run on PostgreSQL");

    @ArchTest
    static final ArchRule onlyExchangeUsesMpxj = noClasses()
            .that().resideOutsideOfPackage("org.coplan.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mpxj..", "net.sf.mpxj..")
            .because("no MPXJ type leaves the exchange layer");

    @ArchTest
    static final ArchRule cliNeverUsesUi = noClasses()
            .that().resideInAPackage("org.coplan.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.coplan.ui..", "org.coplan.gantt..")
            .because("commands must run headless, without a display");

    @ArchTest
    static final ArchRule noLegacyDates = noClasses()
            .that().resideInAPackage("org.coplan..").and().resideOutsideOfPackage("org.coplan.persistence.generated..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.GregorianCalendar")
            .because("plan dates are LocalDate and stamps are Instant; legacy dates bring time-zone bugs");

    @ArchTest
    static final ArchRule viewModelsDoNotHopThreads = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("view models get a TaskRunner; Platform.runLater sprinkled around makes them untestable");

    @ArchTest
    static final ArchRule noBareThreads = noClasses()
            .that().resideInAPackage("org.coplan..")
            .and().haveSimpleNameNotEndingWith("TaskRunner")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .because("background work goes through one TaskRunner, so it can be cancelled and tested");

    @ArchTest
    static final ArchRule standardStreamsOnlyWhereAllowed = noClasses()
            .that().resideInAPackage("org.coplan..")
            .and(notAnnotatedWithStreamsAllowance())
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output goes to the UI, the log or a command's result; mark command entry points explicitly");

    private static DescribedPredicate<JavaClass> notAnnotatedWithStreamsAllowance() {
        return DescribedPredicate.describe("are not marked @AllowedToUseStandardStreams",
                javaClass -> !javaClass.isAnnotatedWith(AllowedToUseStandardStreams.class)
                        && javaClass.getEnclosingClass()
                        .map(outer -> !outer.isAnnotatedWith(AllowedToUseStandardStreams.class)).orElse(true));
    }
}
