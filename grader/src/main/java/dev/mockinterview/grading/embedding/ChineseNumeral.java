package dev.mockinterview.grading.embedding;

/** The value of a number written in Chinese numerals. */
final class ChineseNumeral {

    private ChineseNumeral() {}

    /** The value of a Chinese numeral ("十三", "两千", "十亿", "一百二十"), or -1 when it is no number. */
    static double value(String numeral) {
        double total = 0;
        double section = 0;
        double digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                if (digit >= 0) {
                    return -1;
                }
                digit = d;
                continue;
            }
            double unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 1e4;
                case '亿' -> 1e8;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit >= 1e4) {
                total = (total + section + Math.max(digit, 0)) * unit;
                if (total == 0) {
                    total = unit;
                }
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        double value = total + section + Math.max(digit, 0);
        return value > 0 ? value : -1;
    }
}
