package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's {@code deck:} keys: read, defaulted, checked, and shown by {@code themes show}. */
class ThemeDeckKeysTest {
  @TempDir
  Path dir;

  private Theme load(String yaml) throws IOException {
    Files.writeString(dir.resolve("theme.yaml"), yaml);
    return new ThemeLoader().load(dir);
  }

  @Test
  void aThemeTurnsSlidesOffAndPicksTheFullDeck() throws IOException {
    Theme t = load("deck:\n  mode: full\n  agenda: false\n  closing: false\n");
    assertThat(t.deck()).isEqualTo(new DeckSetup("full", false, true, false));
  }

  @Test
  void withoutDeckKeysTheDeckIsARecapWithEverySlide() {
    assertThat(new ThemeLoader().load("default").deck()).isEqualTo(DeckSetup.DEFAULT);
  }

  @Test
  void anUnknownModeIsReportedWithTheAllowedOnes() throws IOException {
    Files.writeString(dir.resolve("theme.yaml"), "deck:\n  mode: summary\n");
    assertThatThrownBy(() -> new ThemeLoader().load(dir))
        .hasMessageContaining("theme.yaml:2")
        .hasMessageContaining("'deck.mode'")
        .hasMessageContaining("recap, full");
  }

  @Test
  void themesShowPrintsTheResolvedDeckKeys() throws IOException {
    Theme t = load("deck:\n  takeaways: false\n");
    String shown = ThemeTokens.format(t);
    assertThat(shown).contains("deck:").contains("mode: recap").contains("takeaways: false");
  }
}
