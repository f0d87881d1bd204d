package dev.mockinterview.bank.importing;

import dev.mockinterview.bank.dedupe.ComparisonKey;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one line of display text the same way for every layout, and builds the comparison key used to match
 * questions across documents. Display text keeps full-width punctuation (NFKC would turn {@code ？} into {@code ?});
 * only the comparison key is NFKC-folded.
 */
public final class TextNormalizer {

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");
    private static final Pattern NAMED_ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp);");
    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");
    private static final Pattern CJK_SPACE_CJK = Pattern.compile("(\\p{IsHan}) (?=\\p{IsHan})");
    private static final Pattern CJK_AND_CJK = Pattern.compile("(\\p{IsHan}) and (?=\\p{IsHan})");
    private static final Pattern LINKED_URL = Pattern.compile("\\[[^\\]]*?https?://[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern BRACKETED_URL = Pattern.compile("\\[[^\\]]*?https?://[^\\]]*\\]");
    private static final Pattern PARENTHESISED_URL = Pattern.compile("\\\\?\\(<?https?://[^)\\s]*>?\\\\?\\)");
    private static final Pattern ANGLED_URL = Pattern.compile("<https?://[^>\\s]*>");
    private static final Pattern ANCHOR_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(#\\)");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
    private static final Pattern CHATBOT_PREAMBLE = Pattern.compile("^在面试中，[^。]{0,60}?(如下|回答)[:：]\\s*");
    private static final Pattern BULB = Pattern.compile("💡\\s*");
    private static final Set<String> UI_CHROME = Set.of("复制", "Python", "Python复制");
    /** The cleaned display text of one line; empty when the whole line is noise. */
    public String clean(String line) {
        String text = unescapeHtml(line).replace('\u00A0', ' ');
        text = stripTrailing(text);
        if (UI_CHROME.contains(text.strip())) {
            return "";
        }
        text = BULB.matcher(text).replaceAll("").replace("**", "");
        text = LINKED_URL.matcher(text).replaceAll("");
        text = BRACKETED_URL.matcher(text).replaceAll("");
        text = PARENTHESISED_URL.matcher(text).replaceAll("");
        text = ANGLED_URL.matcher(text).replaceAll("");
        text = ANCHOR_LINK.matcher(text).replaceAll("$1");
        if (BARE_URL.matcher(text.strip()).matches()) {
            return "";
        }
        Matcher preamble = CHATBOT_PREAMBLE.matcher(text.strip());
        if (preamble.find()) {
            text = text.strip().substring(preamble.end());
        }
        text = CJK_AND_CJK.matcher(text).replaceAll("$1和");
        text = CJK_SPACE_CJK.matcher(text).replaceAll("$1");
        return stripTrailing(text);
    }

    /** {@code html.unescape} for the entities that occur in exported pages (numeric ones and the common names). */
    public static String unescapeHtml(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            String digits = numeric.group(1);
            int codePoint =
                    digits.startsWith("x") ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            String replacement =
                    Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : numeric.group();
            numeric.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        numeric.appendTail(out);
        Matcher named = NAMED_ENTITY.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (named.find()) {
            named.appendReplacement(result, Matcher.quoteReplacement(NAMED.get(named.group(1))));
        }
        named.appendTail(result);
        return result.toString();
    }

    /**
     * The key two wordings of one question share ({@link ComparisonKey}, the bank's dedupe key), after decoding HTML
     * entities. Only for comparing; never shown.
     */
    public static String comparisonKey(String text) {
        return ComparisonKey.of(unescapeHtml(text));
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        return text.substring(0, end);
    }
}
