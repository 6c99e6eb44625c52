package dev.notedeck.theme;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Nanum families shipped in {@code themes/fonts/} (SIL OFL): every theme can name them
 * without declaring files. Only names are listed here; files are read by the renderers.
 */
final class BundledFonts {
  private BundledFonts() {}

  /** The family every theme falls back to for Korean, so no glyph renders as a box. */
  static final String KOREAN_FALLBACK = "NanumGothic";

  static final Map<String, FontFamily> FAMILIES = families();

  private static Map<String, FontFamily> families() {
    Map<String, FontFamily> m = new LinkedHashMap<>();
    put(m, "NanumGothic", "NanumGothic.ttf", "NanumGothicBold.ttf");
    put(m, "NanumGothicCoding", "NanumGothicCoding.ttf", "NanumGothicCodingBold.ttf");
    put(m, "NanumMyeongjo", "NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf");
    put(m, "NanumSquare", "NanumSquareR.ttf", "NanumSquareB.ttf");
    return Map.copyOf(m);
  }

  private static void put(Map<String, FontFamily> m, String name, String regular, String bold) {
    m.put(name, new FontFamily(name, font(regular), font(bold), null, null));
  }

  private static Resource font(String file) {
    return new Resource.OnClassPath("themes/fonts/" + file);
  }
}
