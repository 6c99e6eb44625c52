package dev.notedeck.theme;

/**
 * One entry of the theme's font catalog: a family name and its TrueType files.
 * Only {@code regular} is required; missing faces fall back to it (bold is then synthesized).
 */
public record FontFamily(String name, Resource regular, Resource bold, Resource italic, Resource boldItalic) {}
