package dev.notedeck.theme;

/**
 * One checked value of a theme file and where it was written, so later checks (a font family
 * that cannot be found, sizes that contradict each other) can point at the right line.
 *
 * @param value RgbColor, Double, String, List of String or Resource, by the key's kind
 */
record Setting(Object value, String file, int line) {}
