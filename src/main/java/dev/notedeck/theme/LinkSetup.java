package dev.notedeck.theme;

/**
 * How links are printed.
 *
 * @param qr a QR code beside each link's footnote in the PDF handouts ({@code links.qr})
 */
public record LinkSetup(boolean qr) {}
