package dev.mockinterview.grading.embedding;

/** The value of a number written in Chinese numerals. */
final class ChineseNumeral {

    private ChineseNumeral() {}

    /** The value of a Chinese numeral ("十三", "两千", "十亿", "一百二十", "一百零八"), or -1 when it is no number. */
    static double value(String numeral) {
        double total = 0;
        double section = 0;
        double digit = -1;
        boolean placed = false;
        for (char c : numeral.toCharArray()) {
            if (c == '零') {
                // 零 holds an empty place between a place word and a digit ("一百零八" is 108, "两千零二十" 2020); it
                // cannot open a numeral or follow a digit ("一零" is no number).
                if (!placed || digit >= 0) {
                    return -1;
                }
                continue;
            }
            int d = c == '两' ? 2 : "一二三四五六七八九".indexOf(c) + 1;
            if (d > 0) {
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
            placed = true;
        }
        double value = total + section + Math.max(digit, 0);
        return value > 0 ? value : -1;
    }
}
