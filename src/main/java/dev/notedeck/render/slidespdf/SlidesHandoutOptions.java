package dev.notedeck.render.slidespdf;

import dev.notedeck.NotedeckException;
import dev.notedeck.render.pdf.PdfStandard;
import java.util.List;

/**
 * Choices for one slides handout that are not part of the theme.
 *
 * @param perPage slides on each sheet: 1 (notes pages), 2, 3 (default), 4 or 6
 */
public record SlidesHandoutOptions(int perPage, PdfStandard standard) {
  public static final List<Integer> PER_PAGE = List.of(1, 2, 3, 4, 6);
  public static final int DEFAULT_PER_PAGE = 3;

  public SlidesHandoutOptions {
    if (!PER_PAGE.contains(perPage)) {
      throw new NotedeckException("--per-page " + perPage + " is not offered; use one of 1, 2, 3, 4, 6");
    }
    if (standard == null) {
      standard = PdfStandard.UA1_A3U;
    }
  }
}
