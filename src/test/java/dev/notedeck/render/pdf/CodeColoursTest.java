package dev.notedeck.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.render.code.CodeHighlighter.Kind;
import dev.notedeck.render.code.TokenStyle;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The handout's code colours come from the same table as the deck's code runs, so on a theme whose
 * slides share the handout's colours a keyword is the same colour on paper and on the slide.
 */
class CodeColoursTest {

  @Test
  void theHandoutsTokenRulesAreTheDecksColours() {
    Theme t = new ThemeLoader().load("default");
    assertThat(t.slideColors()).isEqualTo(t.colors());
    String css = new HandoutCss(t).build();
    for (Kind kind : Kind.values()) {
      if (kind == Kind.PLAIN) {
        continue;
      }
      Matcher m = Pattern.compile("\\.tok-" + kind.name().toLowerCase(Locale.ROOT) + " \\{ color: (#[0-9A-Fa-f]{6});([^}]*)}")
          .matcher(css);
      assertThat(m.find()).as("a rule for %s in %s", kind, css).isTrue();
      TokenStyle deck = TokenStyle.of(kind, t.slideColors());
      assertThat(m.group(1)).isEqualToIgnoringCase(deck.color().hex());
      assertThat(m.group(2).contains("bold")).isEqualTo(deck.bold());
      assertThat(m.group(2).contains("italic")).isEqualTo(deck.italic());
    }
  }
}
