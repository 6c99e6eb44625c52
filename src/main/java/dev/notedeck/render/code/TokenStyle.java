package dev.notedeck.render.code;

import dev.notedeck.render.code.CodeHighlighter.Kind;
import dev.notedeck.theme.Palette;
import dev.notedeck.theme.RgbColor;
import java.util.Locale;

/**
 * How a code token is drawn, from the output's palette: the handout's style sheet and the deck's
 * code runs both ask here, so a keyword has the same colour on paper and on a slide.
 */
public record TokenStyle(RgbColor color, boolean bold, boolean italic) {

  public static TokenStyle of(Kind kind, Palette colors) {
    RgbColor color = switch (kind) {
      case PLAIN -> colors.codeText();
      case KEYWORD, KEY -> colors.primary();
      case STRING, NUMBER, LITERAL -> colors.accent();
      case COMMENT -> colors.muted();
    };
    return new TokenStyle(color, bold(kind), italic(kind));
  }

  /** Keywords are bold (the deck's planner measures them so). */
  public static boolean bold(Kind kind) {
    return kind == Kind.KEYWORD;
  }

  /** Comments are italic. */
  public static boolean italic(Kind kind) {
    return kind == Kind.COMMENT;
  }

  /** The handout's {@code .tok-*} rules, one line per kind that is not plain text (no final line break). */
  public static String css(Palette colors) {
    StringBuilder sb = new StringBuilder();
    for (Kind kind : Kind.values()) {
      if (kind == Kind.PLAIN) {
        continue;
      }
      TokenStyle s = of(kind, colors);
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(".tok-").append(kind.name().toLowerCase(Locale.ROOT)).append(" { color: ")
          .append(s.color().hex()).append(';')
          .append(s.bold() ? " font-weight: bold;" : "")
          .append(s.italic() ? " font-style: italic;" : "")
          .append(" }");
    }
    return sb.toString();
  }
}
