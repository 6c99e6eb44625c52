package dev.notedeck.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: whatever a theme's CSS says, the sizes layout sees stay in sane ranges. */
class ThemeCssTest {

  @TempDir Path dir;

  private static final String[] PROPERTIES = {"font-size", "line-height", "margin", "margin-top",
      "padding", "width", "height", "max-width", "letter-spacing", "word-spacing", "text-indent",
      "border-width", "orphans", "widows", "top", "size", "column-count"};
  private static final String[] UNITS = {"pt", "px", "pc", "in", "cm", "mm", "q", "em", "rem", "ex",
      "ch", "%", "vw", "vh", "", "deg", "PT", "Em"};
  private static final String[] SELECTORS = {"*", "body", "h1", "li li", ".talk", "@page",
      "@page :first", "@media print { p", "pre code"};
  private static final Pattern DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*([^;{}]*)");
  private static final Pattern DIMENSION = Pattern.compile(
      "(?<![#\\w.])([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)([a-zA-Z%]*)");
  private static final Map<String, Double> PT = Map.of("pt", 1.0, "px", 0.75, "pc", 12.0,
      "in", 72.0, "cm", 72 / 2.54, "mm", 72 / 25.4, "q", 72 / 101.6);

  @Test
  void randomValuesComeOutInsideTheirRanges() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(dir), new Diagnostics.Collecting());
    for (int round = 0; round < 500; round++) {
      StringBuilder css = new StringBuilder();
      for (int r = 0; r < 4; r++) {
        String selector = SELECTORS[random.nextInt(SELECTORS.length)];
        css.append(selector).append(" { ");
        for (int d = 0; d < 3; d++) {
          css.append(PROPERTIES[random.nextInt(PROPERTIES.length)]).append(": ")
              .append(randomNumber(random)).append(UNITS[random.nextInt(UNITS.length)])
              .append(random.nextBoolean() ? " " + randomNumber(random) + "mm" : "").append("; ");
        }
        css.append(random.nextInt(5) == 0 ? "/* c */ }" : "}").append(selector.contains("{") ? " }" : "").append('\n');
      }
      String safe = ThemeCss.sanitize(css.toString(), "theme.css", dir, loader);
      Matcher m = DECLARATION.matcher(safe);
      while (m.find()) {
        String property = m.group(1);
        Matcher v = DIMENSION.matcher(m.group(2));
        while (v.find()) {
          double value = Double.parseDouble(v.group(1));
          String unit = v.group(2).toLowerCase();
          String what = "seed " + seed + ": " + property + ": " + m.group(2) + " in\n" + css + "\n->\n" + safe;
          if (PT.containsKey(unit)) {
            assertThat(Math.abs(value * PT.get(unit))).as(what).isLessThanOrEqualTo(1200 * 72 / 25.4 + 0.01);
            if (property.equals("font-size")) {
              assertThat(value * PT.get(unit)).as(what).isLessThanOrEqualTo(144.01);
            }
          } else if (property.equals("font-size") && !unit.equals("deg")) {
            assertThat(unit).as(what).isIn("rem", "em", "ex", "ch", "%", "vw", "vh", "");
            double em = unit.equals("%") ? value / 100 : unit.equals("ex") || unit.equals("ch") ? value / 2 : value;
            if (!unit.equals("rem") && !unit.equals("") && !unit.startsWith("v")) {
              assertThat(em).as(what + " (grows by nesting)").isLessThanOrEqualTo(1.0001);
            }
          } else if (unit.equals("em") || unit.equals("rem")) {
            assertThat(Math.abs(value)).as(what).isLessThanOrEqualTo(60);
          } else if (unit.isEmpty() && property.equals("line-height")) {
            assertThat(value).as(what).isLessThanOrEqualTo(4);
          }
        }
      }
    }
  }

  @Test
  void theWorstSizesFromTheIssueAreBounded() {
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(dir), new Diagnostics.Collecting());
    assertThat(ThemeCss.sanitize("* {font-size:100000pt}", "t.css", dir, loader)).isEqualTo("* {font-size:144pt}");
    assertThat(ThemeCss.sanitize("@page {size:2mm 2mm}", "t.css", dir, loader))
        .isEqualTo("@page {size:283.465pt 283.465pt}");
    assertThat(ThemeCss.sanitize("li { font-size: 3em } p { font-size: 0.9em }", "t.css", dir, loader))
        .isEqualTo("li { font-size: 3rem } p { font-size: 0.9em }");
    assertThat(ThemeCss.sanitize("h1 { color: #123456; margin: 1e9px } /* src=\"file:/etc/passwd\" */",
        "t.css", dir, loader)).isEqualTo("h1 { color: #123456; margin: 300pt }  ");
  }

  @Test
  void urlsAreReadThroughThePolicyAndInlined() throws IOException {
    Files.write(dir.resolve("logo.png"), TestImages.png(8, 8));
    Diagnostics.Collecting warnings = new Diagnostics.Collecting();
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(dir), warnings);
    String safe = ThemeCss.sanitize("""
        @import url("other.css");
        .a { background: url(logo.png) no-repeat; }
        .b { background: url("file:///etc/passwd"); }
        .c { background: url('/dev/zero'); }
        .d { background: url(:bad uri:); }
        """, "t.css", dir, loader);
    assertThat(safe).doesNotContain("other.css").doesNotContain("passwd\")").doesNotContain("/dev/zero')")
        .contains(".a { background: url(\"data:image/png;base64,").contains(".b { background: none; }")
        .contains(".c { background: none; }").contains(".d { background: none; }");
    assertThat(warnings.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).startsWith("t.css: image"));
  }

  @Test
  void aBrokenFontIsAClearErrorNamingTheStyleSheet() {
    ResourceLoader loader = new ResourceLoader(ResourcePolicy.localOnly(dir), new Diagnostics.Collecting());
    String css = "@font-face { font-family: X; src: url(data:font/ttf;base64,AAEAAAAKAIAAAwAgT1MvMg==); }";
    assertThatThrownBy(() -> ThemeCss.sanitize(css, "brand/handout.css", dir, loader))
        .isInstanceOf(NotedeckException.class)
        .hasMessageStartingWith("brand/handout.css: @font-face font 'data:font/ttf")
        .hasMessageContaining("not a readable TrueType or OpenType font").hasMessageNotContaining("\n");
  }

  private static String randomNumber(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> String.valueOf(random.nextInt(20));
      case 1 -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 3);
      case 2 -> String.valueOf((long) Math.pow(10, random.nextInt(10)));
      case 3 -> "-" + random.nextInt(100_000);
      default -> random.nextInt(9) + "e" + random.nextInt(12);
    };
  }
}
