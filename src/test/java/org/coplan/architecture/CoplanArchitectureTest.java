package org.coplan.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;

/** Checks the production classes of Coplan's one module against {@link CoplanArchitectureRules}. */
@AnalyzeClasses(packages = "org.coplan", importOptions = ImportOption.DoNotIncludeTests.class)
class CoplanArchitectureTest extends CoplanArchitectureRules {
}
