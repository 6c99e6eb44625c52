package dev.notedeck.theme;

import java.util.Locale;

/** An sRGB colour, parsed from {@code #RRGGBB} or {@code #RGB}. */
public record RgbColor(int red, int green, int blue) {
  public RgbColor {
    if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
      throw new IllegalArgumentException("colour channel out of range");
    }
  }

  /** Parses {@code #RRGGBB} / {@code #RGB}; throws IllegalArgumentException otherwise. */
  public static RgbColor parse(String text) {
    String s = text.strip();
    if (s.matches("#[0-9a-fA-F]{6}")) {
      int v = Integer.parseInt(s.substring(1), 16);
      return new RgbColor(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
    }
    if (s.matches("#[0-9a-fA-F]{3}")) {
      int r = Character.digit(s.charAt(1), 16);
      int g = Character.digit(s.charAt(2), 16);
      int b = Character.digit(s.charAt(3), 16);
      return new RgbColor(r * 17, g * 17, b * 17);
    }
    throw new IllegalArgumentException("not a colour: " + text);
  }

  /** Halfway between this colour and {@code other} (table stripes between two theme colours). */
  public RgbColor mix(RgbColor other) {
    return new RgbColor((red + other.red) / 2, (green + other.green) / 2, (blue + other.blue) / 2);
  }

  /** {@code #RRGGBB}, upper case. */
  public String hex() {
    return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
  }

  public java.awt.Color awt() {
    return new java.awt.Color(red, green, blue);
  }

  /** Relative luminance (WCAG), 0 black .. 1 white. */
  public double luminance() {
    return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue);
  }

  private static double lin(int c) {
    double s = c / 255.0;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }
}
