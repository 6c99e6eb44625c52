package dev.notedeck.theme;

import java.util.List;
import java.util.Map;

/**
 * Other names of a font family, tried in order when the name itself is not installed: the
 * English name of a family that Korean PowerPoint templates name in Korean ({@code 맑은 고딕}
 * is {@code Malgun Gothic}; font headers give the English name only), and the
 * metric-compatible stand-ins fontconfig also maps to (same advance widths, so the deck is
 * measured as PowerPoint will set it).
 */
final class FontAliases {
  private FontAliases() {}

  private static final Map<String, List<String>> ALIASES = Map.ofEntries(
      Map.entry("맑은고딕", List.of("Malgun Gothic")),
      Map.entry("나눔고딕", List.of("NanumGothic")),
      Map.entry("나눔고딕코딩", List.of("NanumGothicCoding")),
      Map.entry("나눔명조", List.of("NanumMyeongjo")),
      Map.entry("나눔스퀘어", List.of("NanumSquare")),
      Map.entry("굴림", List.of("Gulim")),
      Map.entry("돋움", List.of("Dotum")),
      Map.entry("바탕", List.of("Batang")),
      Map.entry("궁서", List.of("Gungsuh")),
      Map.entry("본고딕", List.of("Noto Sans CJK KR", "Source Han Sans K")),
      Map.entry("본명조", List.of("Noto Serif CJK KR", "Source Han Serif K")),
      Map.entry("sourcehansansk", List.of("Noto Sans CJK KR")),
      Map.entry("sourcehanserifk", List.of("Noto Serif CJK KR")),
      Map.entry("calibri", List.of("Carlito")),
      Map.entry("cambria", List.of("Caladea")),
      Map.entry("arial", List.of("Liberation Sans", "Arimo")),
      Map.entry("helvetica", List.of("Liberation Sans", "Arimo")),
      Map.entry("timesnewroman", List.of("Liberation Serif", "Tinos")),
      Map.entry("couriernew", List.of("Liberation Mono", "Cousine")));

  /** The other names of {@code family}, best first; empty when it has none. */
  static List<String> of(String family) {
    return ALIASES.getOrDefault(SystemFonts.key(family), List.of());
  }
}
