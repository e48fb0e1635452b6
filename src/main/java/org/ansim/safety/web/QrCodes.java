package org.ansim.safety.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A QR code as an SVG data URI (the page's CSP allows data: images, not inline styles). */
final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {}

    static String svgDataUri(String text) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            var size = matrix.getWidth() + 2 * QUIET_ZONE;
            var path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M')
                                .append(x + QUIET_ZONE)
                                .append(' ')
                                .append(y + QUIET_ZONE)
                                .append("h1v1h-1z");
                    }
                }
            }
            var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                    + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
            return "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalStateException("A QR code could not be drawn", e);
        }
    }
}
