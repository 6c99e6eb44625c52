package dev.notedeck.render.pptx;

import java.util.List;
import java.util.Locale;
import org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType;

/**
 * The slide layouts a deck asks a template for, and how to recognise each: by its layout type
 * first (the same in every language), then by the names PowerPoint gives it in English and
 * Korean and LibreOffice gives it when it saves a deck again.
 */
enum LayoutKind {
  TITLE_SLIDE("Title Slide", List.of(STSlideLayoutType.TITLE),
      List.of("Title Slide", "제목 슬라이드")),
  TITLE_AND_CONTENT("Title and Content", List.of(STSlideLayoutType.OBJ),
      List.of("Title and Content", "제목 및 내용", "Title, Content", "Title and Text")),
  SECTION_HEADER("Section Header", List.of(STSlideLayoutType.SEC_HEAD),
      List.of("Section Header", "구역 머리글", "Section Title")),
  TWO_CONTENT("Two Content", List.of(STSlideLayoutType.TWO_OBJ),
      List.of("Two Content", "콘텐츠 2개", "Title, 2 Content")),
  COMPARISON("Comparison", List.of(STSlideLayoutType.TWO_TX_TWO_OBJ),
      List.of("Comparison", "비교")),
  TITLE_ONLY("Title Only", List.of(STSlideLayoutType.TITLE_ONLY),
      List.of("Title Only", "제목만")),
  BLANK("Blank", List.of(STSlideLayoutType.BLANK),
      List.of("Blank", "빈 화면", "Blank Slide")),
  PICTURE_WITH_CAPTION("Picture with Caption", List.of(STSlideLayoutType.PIC_TX),
      List.of("Picture with Caption", "캡션 있는 그림"));

  private final String label;
  private final List<STSlideLayoutType.Enum> types;
  private final List<String> names;

  LayoutKind(String label, List<STSlideLayoutType.Enum> types, List<String> names) {
    this.label = label;
    this.types = types;
    this.names = names;
  }

  /** PowerPoint's English name, for messages. */
  String label() {
    return label;
  }

  List<STSlideLayoutType.Enum> types() {
    return types;
  }

  boolean isNamed(String name) {
    String n = normalize(name);
    return names.stream().anyMatch(candidate -> normalize(candidate).equals(n));
  }

  /** The kind with this English name (the writer asks by name), or null. */
  static LayoutKind byLabel(String label) {
    for (LayoutKind k : values()) {
      if (normalize(k.label).equals(normalize(label))) {
        return k;
      }
    }
    return null;
  }

  /** Which kinds stand in for a missing one, best first. */
  List<LayoutKind> nearest() {
    return switch (this) {
      case TITLE_SLIDE -> List.of(SECTION_HEADER, TITLE_ONLY, TITLE_AND_CONTENT);
      case TITLE_AND_CONTENT -> List.of(TWO_CONTENT, COMPARISON, TITLE_ONLY);
      case SECTION_HEADER -> List.of(TITLE_SLIDE, TITLE_ONLY, TITLE_AND_CONTENT);
      case TWO_CONTENT -> List.of(COMPARISON, TITLE_AND_CONTENT, TITLE_ONLY);
      case COMPARISON -> List.of(TWO_CONTENT, TITLE_AND_CONTENT, TITLE_ONLY);
      case TITLE_ONLY -> List.of(TITLE_AND_CONTENT, BLANK);
      case BLANK -> List.of(TITLE_ONLY, TITLE_AND_CONTENT);
      case PICTURE_WITH_CAPTION -> List.of(TITLE_ONLY, TITLE_AND_CONTENT);
    };
  }

  /** Names compare without case and spacing: "Title, Content" and "title,content" are one. */
  static String normalize(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }
}
