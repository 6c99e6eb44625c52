package dev.notedeck.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random Markdown notes from a seed: random nesting, headings in every talk shape, lists,
 * quotes, ragged tables, fences, raw HTML, links of every kind, and Unicode from every plane
 * (Hangul, Hanja, kana, Jamo, emoji, controls, lone surrogates). The same seed always gives the
 * same document, so a failure names a seed that reproduces it.
 */
final class RandomNotes {

  private final Random random;
  private final boolean words;

  private RandomNotes(long seed, boolean words) {
    this.random = new Random(seed);
    this.words = words;
  }

  static String document(long seed) {
    return new RandomNotes(seed, false).document();
  }

  /** As {@link #document}, text mixed with the {@link #WORDS} where talk headings go wrong. */
  static String documentOfWords(long seed) {
    return new RandomNotes(seed, true).document();
  }

  private String document() {
    int lines = random.nextInt(31);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      out.add(line());
    }
    String end = pick("\n", "\n", "\n", "\r\n", "\r");
    String separator = end + (lines % 3 == 0 ? end : "");
    return pick("", "# 행사\n\n", "\uFEFF# E\n") + String.join(separator, out);
  }

  private String line() {
    return switch (weighted(6, 4, 4, 2, 2, 1, 1, 1)) {
      case 0 -> paragraph();
      case 1 -> heading();
      case 2 -> listItem();
      case 3 -> "> ".repeat(1 + random.nextInt(200)) + text();
      case 4 -> table();
      case 5 -> code();
      case 6 -> html();
      default -> pick("", "", "---", "***", "\t", "   ");
    };
  }

  private String paragraph() {
    List<String> parts = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      parts.add(text());
    }
    return String.join(" ", parts);
  }

  private String heading() {
    return "#".repeat(1 + random.nextInt(7)) + " " + pick("", "1. ", "12) ") + text()
        + pick("", " - 김하늘", " - 김하늘 (구글)", " - A, B (C)", " -", " - (", " ()");
  }

  private String listItem() {
    String marker = pick("- ", "* ", "+ ", "1. ", "99) ", "- [ ] ", "- [x] ");
    int repeat = 1 + random.nextInt(30);
    return " ".repeat(random.nextInt(41)) + marker.repeat(repeat % 7 == 0 ? repeat * 10 : 1) + text();
  }

  private String table() {
    int cols = 1 + random.nextInt(6);
    int rows = random.nextInt(13);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      cells.add(text().replace("\n", " "));
    }
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cols; c++) {
      sb.append("| ").append(cells.get(c)).append(' ');
    }
    sb.append("|\n").append("|---".repeat(cols)).append("|\n");
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols + (r % 3 == 2 ? 1 : 0); c++) { // ragged rows too
        sb.append("| ").append(cells.get((r + c) % cells.size())).append(' ');
      }
      sb.append("|\n");
    }
    return sb.toString();
  }

  private String code() {
    String fence = pick("```", "~~~", "```java", "````");
    List<String> lines = new ArrayList<>();
    for (int i = 0, n = random.nextInt(6); i < n; i++) {
      lines.add(text());
    }
    return fence + "\n" + String.join("\n", lines) + (random.nextBoolean() ? "\n" + fence.substring(0, 3) : "");
  }

  private String html() {
    return pick("<div onclick=\"x()\">", "<script>", "<iframe src=\"http://127.0.0.1:9/\">", "<b>",
        "<img src=\"../../etc/passwd\">", "<style>", "<!--", "<![CDATA[", "<?xml ?>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
        + text() + "&e; &amp; &#0; &#xD800;";
  }

  /** Pieces notes are made of, where talk headings and inline markup go wrong. */
  private static final String[] WORDS = {
      "발표", "김하늘", "박서준", "(회사)", "( 스푼라디오 )", "-", "–", "|", "—", "1.", "2)", "(3)",
      "Kotlin", "e-mail", "Wrap-up", "소개", "마무리", "**굵게**", "*기울임*", "`코드`", "~~취소~~",
      "[링크](https://a.example)", "https://b.example", "![그림](x.png)", "<b>", "</b>", "<script>",
      "</script>", "&amp;", "&#0;", "\\*", "[", "]", "(", ")", "#", "##", "😀", "漢字", "かな", "가",
      "\u0007", "\uD800", "\uDC00", "\u00A0", "  ", "\t", "[ ]", "[x]", ":", "이용운", "Jake Wharton"};

  private String words() {
    StringBuilder sb = new StringBuilder();
    for (int w = 0, n = random.nextInt(8); w < n; w++) {
      sb.append(w > 0 && random.nextBoolean() ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private String text() {
    return switch (words ? weighted(8, 2, 2, 2, 6) : weighted(8, 2, 2, 2)) {
      case 4 -> words();
      case 0 -> plain();
      case 1 -> plain() + pick("🎤", "👩‍💻", "🇰🇷", "😀", "🧑🏽‍🔬") + plain();
      case 2 -> "[" + plain() + "](" + pick("https://example.org/a b", "#anchor", "javascript:alert(1)",
          "data:text/html,<b>", "", "htts://typo", "../x.md", "mailto:a@b.c", "http://exa mple") + ")";
      default -> pick("**", "*", "_", "`", "~~") + plain();
    };
  }

  private String plain() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = random.nextInt(61); i < n; i++) {
      sb.append(switch (weighted(10, 10, 4, 4, 2, 2, 2, 1, 1, 1)) {
        case 0 -> between('a', 'z');
        case 1 -> between('가', '힣');
        case 2 -> pick(" ", " ", " ", "\t");
        case 3 -> pick("*", "_", "`", "[", "]", "(", ")", "!", "<", ">", "&", "|", "\\", "#", "-", "~", ":", "\"");
        case 4 -> between('一', '鿿');
        case 5 -> between('ぁ', 'ヿ');
        case 6 -> between('ᄀ', 'ᇿ');
        case 7 -> between('\u0000', '\u001F');
        case 8 -> between('\uD800', '\uDFFF');
        default -> String.valueOf((char) random.nextInt(Character.MAX_VALUE + 1));
      });
    }
    return sb.toString();
  }

  private String between(char from, char to) {
    return String.valueOf((char) (from + random.nextInt(to - from + 1)));
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  /** An index drawn with the given weights. */
  private int weighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
