package dev.notedeck.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** themes/README.md lists exactly the keys of ThemeSchema, as ThemeKeysDoc writes them. */
class ThemeKeysDocTest {
  private static final Path README = Path.of("themes/README.md");

  @Test
  void readmeKeyTableIsTheSchema() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(ThemeKeysDoc.START);
    int end = readme.indexOf(ThemeKeysDoc.END);
    assertThat(start).as("themes/README.md holds the generated key table").isNotNegative();
    String expected = readme.substring(0, start)
        + ThemeKeysDoc.table(new ThemeLoader().load(ThemeLoader.BASE_THEME))
        + readme.substring(end + ThemeKeysDoc.END.length());
    if (!expected.equals(readme)) {
      Path fresh = Path.of("target/themes-README.md");
      Files.writeString(fresh, expected, StandardCharsets.UTF_8);
      assertThat(readme).as("themes/README.md is out of step with ThemeSchema; review and run "
          + "cp " + fresh + " " + README).isEqualTo(expected);
    }
  }

  @Test
  void everyKeyOfTheSchemaIsReadByTheParserAndDescribed() {
    for (ThemeSchema.Key key : ThemeSchema.KEYS) {
      assertThat(ThemeSchema.key(key.path())).isSameAs(key);
      assertThat(ThemeSchema.keysOf(key.parent())).as(key.path()).containsKey(key.name());
      assertThat(key.description()).as(key.path()).isNotBlank();
      if (key.kind() == ThemeSchema.Kind.POINTS || key.kind() == ThemeSchema.Kind.RATIO
          || key.kind() == ThemeSchema.Kind.LENGTH) {
        assertThat(key.range()).as(key.path() + " needs a range").isNotNull();
      }
    }
  }

  @Test
  void everyTokenHasAValueInEveryBuiltInTheme() {
    ThemeLoader loader = new ThemeLoader();
    for (ThemeLoader.ThemeInfo info : loader.builtIns()) {
      Theme theme = loader.load(info.name());
      for (ThemeSchema.Key key : ThemeSchema.tokens()) {
        assertThat(key.token().apply(theme)).as(info.name() + " " + key.path()).isNotNull();
      }
      assertThat(ThemeTokens.format(theme)).contains("name: " + info.name());
    }
  }
}
