package dev.notedeck.theme;

/** The colours of one output. */
public record Palette(
    RgbColor background,
    RgbColor text,
    RgbColor muted,
    RgbColor primary,
    RgbColor accent,
    RgbColor codeBackground,
    RgbColor codeText,
    RgbColor border) {}
