package dev.notedeck.model;

import java.util.List;

/** Inline text as a flat run of styled spans; {@code \n} inside a span is a line break. */
public record RichText(List<Span> spans) {
  public RichText {
    spans = List.copyOf(spans);
  }

  public static RichText of(String plain) {
    return new RichText(plain.isEmpty() ? List.of() : List.of(Span.plain(plain)));
  }

  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.text());
    }
    return sb.toString();
  }

  public boolean isBlank() {
    return plainText().isBlank();
  }
}
