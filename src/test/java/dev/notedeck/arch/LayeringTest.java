package dev.notedeck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.notedeck.RenderContext;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering that keeps the code changeable, checked on the compiled main classes:
 * the model depends on nothing of ours, parsing knows no renderer, the deck planner knows no
 * POI, renderers know no Markdown library, and no two packages depend on each other in a circle.
 */
class LayeringTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    // Only our classes: the rules name other libraries by package, so there is no need to read
    // POI's and the others' class files (archunit.properties: no resolving from the class path).
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(List.of(Location.of(mainClasses())));
  }

  /** The folder (or jar) holding the main classes; scanning the whole class path takes seconds. */
  private static URL mainClasses() {
    return RenderContext.class.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void modelImportsNothingOfOurs() {
    ArchRuleDefinition.classes().that().resideInAPackage("dev.notedeck.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.notedeck.model..", "java..")
        .because("the model is plain data every stage shares")
        .check(classes);
  }

  @Test
  void parsingNeverImportsARenderer() {
    noClasses().that().resideInAPackage("dev.notedeck.parse..")
        .should().dependOnClassesThat().resideInAPackage("dev.notedeck.render..")
        .check(classes);
  }

  @Test
  void deckPlannerImportsNoPoi() {
    noClasses().that().resideInAPackage("dev.notedeck.render.deck..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
            "dev.notedeck.render.pptx..")
        .because("the planner decides every slide; only the writer (render.pptx) knows POI")
        .check(classes);
  }

  @Test
  void slidesHandoutDrawsThePlannedDeckWithoutPoi() {
    noClasses().that().resideInAPackage("dev.notedeck.render.slidespdf..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
            "dev.notedeck.render.pptx..")
        .because("the slides handout draws the same planned Deck the PPTX writer writes")
        .check(classes);
  }

  @Test
  void renderersNeverImportFlexmark() {
    noClasses().that().resideInAPackage("dev.notedeck.render..")
        .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
        .because("renderers read the model, not the Markdown tree")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.notedeck.(**)").should().beFreeOfCycles().check(classes);
  }
}
