package dev.notedeck.theme;

import java.util.Map;

/**
 * One {@code theme.yaml} as written, before inheritance: its settings keyed by dotted path
 * ({@code colors.primary}, {@code fonts.families.Inter.bold}).
 */
record ThemeLayer(ThemeSource source, String description, Setting extendsRef,
    Map<String, Setting> settings) {}
