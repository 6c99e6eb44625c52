package dev.notedeck.cli;

/** The notes {@code notedeck new} writes: every shape the parser recognises, once. */
final class NotesTemplate {

  private NotesTemplate() {}

  static String text() {
    return """
        ---
        theme: default
        ---
        # 행사 이름 2026

        정보 | 내용
        --- | ---
        일시 | 2026.05.16.(토) 13:00 ~ 18:00
        장소 | 서울 어딘가, 3층 세미나실
        신청 | https://example.com/events/1

        행사를 한두 문장으로 소개해요. 줄을 바꾸면
        손글씨 노트처럼 그대로 줄이 바뀌어요.

        ## 1. 발표 제목 ( 부제는 괄호 안에 ) - 김하늘 ( 노트덱 )
        발표를 한 줄로 요약해요.

        ### 배경
        * 요점은 글머리표로 짧게
          * 두 칸 들여 쓰면 하위 항목이 돼요
        * **굵게**, *기울임*, `코드`, [링크](https://example.com)도 써요

        ### 예제 코드
        ```python
        def hello(name):
            return f"안녕하세요, {name}!"
        ```

        ### 인상 깊었던 말
        > 좋은 발표는 좋은 노트에서 시작된다.

        ## 2. 두 번째 발표 - 박서준, 이지은 ( 회사 이름 )
        * 발표자가 여럿이면 쉼표로 나눠요
        * `###` 없이 글머리표만 적어도 돼요

        ## 마무리
        * 발표가 아닌 `##` 제목(소개, 마무리)은 행사 전체의 내용으로 들어가요
        """;
  }
}
