package dev.notedeck.render.slidespdf;

import dev.notedeck.theme.PageSetup;

/**
 * Where slides and notes go on a sheet, in millimetres: a grid of {@code columns} x {@code rows}
 * cells filling the page's text area; each cell holds one slide and its notes, beside it (one
 * column) or below it (two columns, or one slide per page).
 */
record SheetLayout(int columns, int rows, double cellWidth, double cellHeight, double slideWidth,
    double slideHeight, boolean notesBeside, double gap) {

  /** Between cells, and between a slide and its notes. */
  static final double GAP_MM = 6;

  static SheetLayout of(int perPage, PageSetup page, double slideAspect) {
    double width = page.widthMm() - page.marginLeftMm() - page.marginRightMm();
    // a hair less than the text area, so rounding never pushes the last row to the next page
    double height = page.heightMm() - page.marginTopMm() - page.marginBottomMm() - 1;
    int columns = perPage >= 4 ? 2 : 1;
    int rows = perPage == 1 ? 1 : perPage / columns;
    // a hair narrower, so rounding never wraps the second cell of a row
    double cellWidth = (width - (columns - 1) * GAP_MM) / columns - 0.2;
    // each row ends with the gap, so rows x row height is exactly the text area
    double cellHeight = height / rows - (rows > 1 ? GAP_MM : 0);
    boolean beside = perPage == 2 || perPage == 3;
    double slideWidth = beside ? cellWidth * 0.52 : cellWidth;
    // a slide never takes more than 60% of its cell's height: the notes need room too
    slideWidth = Math.min(slideWidth, cellHeight * (beside ? 1 : 0.6) / slideAspect);
    return new SheetLayout(columns, rows, cellWidth, cellHeight, slideWidth,
        slideWidth * slideAspect, beside, GAP_MM);
  }

  int perPage() {
    return columns * rows;
  }

  /** A cell and the gap below it. */
  double rowHeight() {
    return rows > 1 ? cellHeight + gap : cellHeight;
  }

  /** Width of the notes area. */
  double notesWidth() {
    // a hair narrower, so rounding never drops the notes below the slide
    return notesBeside ? cellWidth - slideWidth - gap - 0.3 : cellWidth;
  }

  /** Height of the notes area (before links take their part below a slide). */
  double notesHeight() {
    return notesBeside ? cellHeight : cellHeight - slideHeight - gap / 2;
  }

  /** Notes text size in points, the largest tried first. */
  double maxNotesSize() {
    return perPage() == 1 ? 11 : perPage() == 6 ? 8 : 9;
  }

  /** Notes pages keep their notes readable and continue them on the next page instead. */
  double minNotesSize() {
    return perPage() == 1 ? 9 : 6;
  }
}
