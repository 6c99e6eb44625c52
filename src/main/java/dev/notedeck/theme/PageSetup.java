package dev.notedeck.theme;

/** The handout's paper and margins, in millimetres. */
public record PageSetup(String paper, double widthMm, double heightMm,
    double marginTopMm, double marginRightMm, double marginBottomMm, double marginLeftMm) {}
