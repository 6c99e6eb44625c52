package dev.notedeck.render.pdf;

/** Choices for one handout render that are not part of the theme. */
public record HandoutOptions(PdfStandard standard) {
  public HandoutOptions {
    if (standard == null) {
      standard = PdfStandard.UA1_A3U;
    }
  }

  public static HandoutOptions defaults() {
    return new HandoutOptions(PdfStandard.UA1_A3U);
  }
}
