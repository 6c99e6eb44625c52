package dev.notedeck.lang;

import java.util.Map;

/**
 * The words notedeck adds itself to a handout or deck, in the notes' language. Korean and English
 * are built in; any other language takes English and whatever a theme's {@code labels:} map sets.
 *
 * @param language BCP 47 tag for the outputs' {@code lang} ("ko-KR", "en-US", or as written)
 * @param talkNotes the PDF subject: "{title}", "{talks}" and "{details}" are filled in
 * @param continued after the title of a slide or page that goes on from the one before
 * @param callouts the word of each callout kind ({@code Block.CALLOUT_KINDS}: "tip" -> "팁")
 */
public record Labels(
    String language,
    String contents,
    String agenda,
    String takeaways,
    String thanks,
    String speakerNotes,
    String links,
    String imageMissing,
    String remoteImage,
    String talkNotes,
    String linkTo,
    String goToPage,
    String goToPlace,
    String continued,
    Map<String, String> callouts) {

  public Labels {
    callouts = Map.copyOf(callouts);
  }

  public static final Labels KOREAN = new Labels("ko-KR", "목차", "발표 순서", "핵심 정리",
      "감사합니다", "발표자 노트", "링크", "이미지 없음", "원격 이미지", "{title} 발표 노트 ({talks}개 발표{details})",
      "링크: ", "{page}쪽으로 이동", "문서 안의 위치로 이동", "계속",
      Map.of("note", "참고", "tip", "팁", "info", "정보", "important", "중요", "warning", "주의",
          "caution", "조심", "danger", "위험", "details", "자세히"));

  public static final Labels ENGLISH = new Labels("en-US", "Contents", "Agenda", "Key takeaways",
      "Thank you", "Speaker notes", "Links", "Image missing", "Remote image",
      "{title} talk notes ({talks} talks{details})", "Link: ", "Go to page {page}",
      "Go to a place in this document", "continued",
      Map.of("note", "Note", "tip", "Tip", "info", "Info", "important", "Important", "warning",
          "Warning", "caution", "Caution", "danger", "Danger", "details", "Details"));

  /** Built-in labels for {@code tag}, with {@code overrides} (a theme's labels) on top. */
  public static Labels forLanguage(String tag, Map<String, String> overrides) {
    String primary = NotesLanguage.primary(tag);
    Labels base = primary.equals("ko") ? KOREAN : ENGLISH;
    String language = primary.equals("ko") && tag.equalsIgnoreCase("ko") ? "ko-KR"
        : primary.equals("en") && tag.equalsIgnoreCase("en") ? "en-US" : tag;
    return new Labels(language,
        overrides.getOrDefault("contents", base.contents),
        overrides.getOrDefault("agenda", base.agenda),
        overrides.getOrDefault("takeaways", base.takeaways),
        overrides.getOrDefault("thanks", base.thanks),
        overrides.getOrDefault("speaker-notes", base.speakerNotes),
        overrides.getOrDefault("links", base.links),
        overrides.getOrDefault("image-missing", base.imageMissing),
        overrides.getOrDefault("remote-image", base.remoteImage),
        overrides.getOrDefault("talk-notes", base.talkNotes),
        overrides.getOrDefault("link-to", base.linkTo),
        overrides.getOrDefault("go-to-page", base.goToPage),
        overrides.getOrDefault("go-to-place", base.goToPlace),
        overrides.getOrDefault("continued", base.continued),
        callouts(base.callouts, overrides));
  }

  private static Map<String, String> callouts(Map<String, String> base, Map<String, String> overrides) {
    Map<String, String> out = new java.util.HashMap<>(base);
    out.replaceAll(overrides::getOrDefault);
    return out;
  }

  /** The word of a callout kind: "tip" -> "Tip"; the kind itself when it has none. */
  public String callout(String kind) {
    return callouts.getOrDefault(kind, kind);
  }

  /** {@code title} on a slide or page after the first that shows it: "개요 (계속)". */
  public String continuedTitle(String title) {
    return title + " (" + continued + ")";
  }

  /** The PDF subject line for {@code talks} talks, with ", date, place" when known. */
  public String talkNotes(String title, int talks, String details) {
    return talkNotes.replace("{title}", title).replace("{talks}", String.valueOf(talks))
        .replace("{details}", details);
  }

  public String goToPage(int page) {
    return goToPage.replace("{page}", String.valueOf(page));
  }
}
