package dev.notedeck.render.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.render.code.CodeHighlighter.Kind;
import dev.notedeck.render.code.CodeHighlighter.Token;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The highlighter ends on any input and loses no character: its tokens, joined, are the source.
 * The timeouts only turn a hang (a rule that consumes nothing) into a failure; they do not
 * measure speed.
 */
class CodeHighlighterTest {

  private final CodeHighlighter highlighter = new CodeHighlighter();

  /** Pieces that start or end rules in some language, mixed with plain words. */
  private static final String[] PIECES = {
    "@", "@Override", "@Test", "@app.route(\"/\")", " @ ", "a @ b", "@@", "#", "$#", "a#b", "//",
    "/*", "*/", "--", "\"", "'", "`", "\"\"\"", "'''", "\\", "\\\n", "\n", " ", "\t", "0", "42",
    "1.5e3", "0x1F", "$", "${x}", "_", "val", "fun", "def", "select", "SELECT", "true", "None",
    "null", "key: ", "- ", ": ", "{", "}", "[", "]", "(", ")", ";", ",", ".", "=", "->",
    "한글", "주석", "😀", "\uD800", "\u0000", "\r\n", "é", "::", "?.", "!!", "#{", "<T>"
  };

  @Test
  @Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
  void randomCodeInEveryLanguageEndsAndKeepsEveryCharacter() {
    // fixed seeds: main never fails by chance, and a failure names the seed that reproduces it
    for (long seed = 1; seed <= 3; seed++) {
      randomCodeEndsAndKeepsEveryCharacter(seed);
    }
  }

  private void randomCodeEndsAndKeepsEveryCharacter(long seed) {
    Random random = new Random(seed);
    for (String language : languagesAndUnknown()) {
      for (int round = 0; round < 100; round++) {
        String code = randomCode(random);
        List<Token> tokens = highlighter.tokenize(language, code);
        String joined = tokens.stream().map(Token::text).collect(Collectors.joining());
        assertThat(joined)
            .as("seed %d, language %s, code %s", seed, language, escape(code))
            .isEqualTo(code);
        assertThat(tokens).as("seed %d, language %s: no empty token", seed, language)
            .allSatisfy(t -> assertThat(t.text()).isNotEmpty());
      }
    }
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void annotationsAndDecoratorsKeepTheirWordAndTheTextAfterThem() {
    String kotlin = "@Test\nfun `works`() { val x = a @ b }\n@";
    assertThat(join(highlighter.tokenize("kotlin", kotlin))).isEqualTo(kotlin);
    String python = "@app.route('/')\ndef f(a, b):\n    return a @ b\n";
    List<Token> tokens = highlighter.tokenize("python", python);
    assertThat(join(tokens)).isEqualTo(python);
    assertThat(tokens).contains(new Token(Kind.KEYWORD, "def"), new Token(Kind.KEYWORD, "return"));
    String java = "@Override public String toString() { return \"@\"; }";
    assertThat(highlighter.tokenize("java", java))
        .startsWith(new Token(Kind.PLAIN, "@Override "), new Token(Kind.KEYWORD, "public"));
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void aLongRunOfOneKindIsJoinedIntoOneToken() {
    String code = "@ ".repeat(200_000);
    List<Token> tokens = highlighter.tokenize("js", code);
    assertThat(tokens).containsExactly(new Token(Kind.PLAIN, code));
  }

  private static List<String> languagesAndUnknown() {
    List<String> all = new java.util.ArrayList<>(CodeHighlighter.languages());
    all.add("");
    all.add("brainfuck");
    all.add(null);
    return all;
  }

  private static String randomCode(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(8) == 0) {
        sb.append((char) random.nextInt(0x3000));
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  private static String join(List<Token> tokens) {
    return tokens.stream().map(Token::text).collect(Collectors.joining());
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
        : String.valueOf((char) c)));
    return sb.toString();
  }
}
