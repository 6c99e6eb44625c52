package dev.notedeck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupWarmupTest {

  private static boolean deck(String line) {
    return StartupWarmup.buildsDeck(line.isEmpty() ? new String[0] : line.split(" "));
  }

  @Test
  void buildsWithTheDefaultFormatsLoadTheDeckLibraryEarly() {
    assertTrue(deck("build"));
    assertTrue(deck("build talk.md"));
    assertTrue(deck("build -t dark -o out talks/"));
    assertTrue(deck("watch talk.md"));
    assertTrue(deck("build -f pdf,pptx talk.md"));
    assertTrue(deck("build --format=png talk.md"));
    assertTrue(deck("build -fpptx talk.md"));
    assertTrue(deck("build talk.md -o deck.pptx"));
  }

  @Test
  void otherCommandsAndHandoutOnlyBuildsDoNot() {
    assertFalse(deck(""));
    assertFalse(deck("--version"));
    assertFalse(deck("themes list"));
    assertFalse(deck("check talk.md"));
    assertFalse(deck("build --help"));
    assertFalse(deck("build -f pdf talk.md"));
    assertFalse(deck("build --format html talk.md"));
    assertFalse(deck("build talk.md -o handout.pdf"));
    assertFalse(deck("build talk.md --output=handout.html"));
  }
}
