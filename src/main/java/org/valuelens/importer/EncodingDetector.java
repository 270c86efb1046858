package org.valuelens.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the text encoding of a file's first bytes. Order: a byte-order mark; UTF-16 LE/BE without one (zero
 * bytes at every other position, then a strict decode); strict UTF-8 (pure ASCII counts as UTF-8); then GB18030,
 * Big5, windows-1252, windows-1251 and KOI8-R, each decoded strictly and scored for plausibility (common CJK
 * characters, Latin letters next to ASCII letters, frequent Russian letters and their case within words);
 * juniversalchardet only breaks near ties, because alone it misdetects (see TOOLCHAIN.md).
 */
final class EncodingDetector {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    /** The most frequent Russian letters (about 80 % of running text). */
    private static final String COMMON_RUSSIAN = "оеаинтсрвлкмдпуяыьгзбчйОЕАИНТСРВЛКМДПУЯЫЬГЗБЧЙ";

    /** Frequent surnames and given-name characters shared by both scripts, and date and time words. */
    private static final String COMMON_NAMES_AND_TIMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁宋唐"
            + "许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹"
            + "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美娟玲婷雪琳晶燕红霞平刚桂兰文云飞鹏辉斌宇浩凯"
            + "年月日时分秒号点上下午周星期线门店网";

    /** Frequent simplified-Chinese characters, including the usual column-name words. */
    private static final String COMMON_SIMPLIFIED = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就"
            + "那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方"
            + "又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明客户编号期金额订单"
            + "销售数量价成本渠道来源员用交易购买付注册获取频率命周毛利率平均元总计名称商品类别地址城市省电话性别状态"
            + COMMON_NAMES_AND_TIMES;
    /** Frequent traditional-Chinese characters, including the usual column-name words. */
    private static final String COMMON_TRADITIONAL = "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得"
            + "就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方"
            + "又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明客戶編號期金額訂單"
            + "銷售數量價成本渠道來源員用交易購買付註冊獲取頻率命週毛利率平均元總計名稱商品類別地址城市省電話性別狀態"
            + "張陳楊黃吳劉趙孫馬許鄭謝韓馮鄧蕭蔡潘董葉蔣蘇魏呂盧鍾譚廖陸賈韋閻薛龍陶賀顧龔萬錢嚴賴湯溫莊聶"
            + "偉華麗強軍傑娟濤明秀英慧美玲婷雅淑芬網路門市通號點時午民國" + COMMON_NAMES_AND_TIMES;

    private EncodingDetector() {
    }

    /** The result: the charset and how many leading bytes are a byte-order mark to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    /**
     * @param sample the first bytes of the file (a few hundred kB suffice)
     * @param complete whether the sample is the whole file
     * @return the encoding
     */
    static Detected detect(byte[] sample, int length, boolean complete) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(sample, length);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        if (decodesStrictly(StandardCharsets.UTF_8, sample, length, complete)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        String hint = chardetHint(sample, length);
        Charset best = WINDOWS_1252;
        double bestScore = -1;
        for (Charset candidate : new Charset[] {GB18030, BIG5, WINDOWS_1252, WINDOWS_1251, KOI8_R}) {
            String text = decodeStrict(candidate, sample, length, complete);
            if (text == null) {
                continue;
            }
            double score = score(candidate, text);
            if (hint != null && matchesHint(candidate, hint)) {
                score += 0.05;
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return new Detected(best, 0);
    }

    private static boolean matchesHint(Charset candidate, String hint) {
        String h = hint.toUpperCase(java.util.Locale.ROOT);
        if (candidate == GB18030) {
            return h.startsWith("GB") || h.equals("HZ-GB-2312");
        }
        if (candidate == BIG5) {
            return h.startsWith("BIG5");
        }
        if (candidate == WINDOWS_1251 || candidate == KOI8_R) {
            return h.equals(candidate.name().toUpperCase(java.util.Locale.ROOT));
        }
        return h.startsWith("WINDOWS-125") || h.startsWith("ISO-8859");
    }

    private static String chardetHint(byte[] sample, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, Math.min(length, 1 << 16));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** Plausibility in [0, 1]: the share of non-ASCII characters that look like real text in that script. */
    static double score(Charset charset, String text) {
        int nonAscii = 0;
        double plausible = 0;
        String common = charset == BIG5 ? COMMON_TRADITIONAL : COMMON_SIMPLIFIED;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            boolean asciiLetterBefore = i > 0 && isAsciiLetter(text.charAt(i - 1));
            boolean asciiLetterAfter = i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1));
            if (charset == WINDOWS_1251 || charset == KOI8_R) {
                plausible += cyrillic(text, i, asciiLetterBefore || asciiLetterAfter);
            } else if (charset == WINDOWS_1252) {
                if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) {
                    plausible += asciiLetterBefore || asciiLetterAfter ? 1.0 : 0.6;
                } else if ("€£¥°–—‘’“”•…©®«»".indexOf(c) >= 0) {
                    plausible += 0.8;
                }
            } else {
                if (c == 0xFFFD || Character.isISOControl(c)) {
                    continue;
                }
                boolean ideograph = c >= 0x4E00 && c <= 0x9FFF;
                if (ideograph && asciiLetterBefore && asciiLetterAfter) {
                    continue;
                }
                if (ideograph) {
                    plausible += common.indexOf(c) >= 0 ? 1.0 : 0.5;
                } else if (c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF) {
                    plausible += 0.8;
                }
            }
        }
        return nonAscii == 0 ? 0 : plausible / nonAscii;
    }

    /**
     * Plausibility of one non-ASCII character of Russian text: a Cyrillic letter next to Latin letters is not,
     * a capital inside a word of small letters is not (the mark of KOI8-R read as windows-1251 and back),
     * frequent letters are more plausible than rare ones.
     */
    private static double cyrillic(String text, int i, boolean nextToLatin) {
        char c = text.charAt(i);
        if (c == '№' || c == '«' || c == '»' || c == '–' || c == '—') {
            return 0.8; // №, «», dashes
        }
        if (c < 0x0410 || c > 0x044F && c != 0x0451 && c != 0x0401 || nextToLatin) {
            return 0;
        }
        boolean upper = Character.isUpperCase(c);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (upper && Character.isLowerCase(before)) {
            return 0;
        }
        if (!upper && Character.isUpperCase(before) && i > 1 && Character.isUpperCase(text.charAt(i - 2))) {
            return 0.2; // "КЛИент"
        }
        return COMMON_RUSSIAN.indexOf(c) >= 0 ? 1.0 : 0.6;
    }

    /**
     * UTF-16 without a byte-order mark: in text with ASCII delimiters and digits, every other byte is zero.
     *
     * @return UTF-16LE or UTF-16BE when the zero bytes say so and the bytes decode strictly, else {@code null}
     */
    static Charset utf16WithoutBom(byte[] sample, int length) {
        int pairs = Math.min(length, 1 << 16) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int k = 0; k < pairs; k++) {
            if (sample[2 * k] == 0) {
                evenZero++;
            }
            if (sample[2 * k + 1] == 0) {
                oddZero++;
            }
        }
        Charset candidate;
        if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs) {
            candidate = StandardCharsets.UTF_16LE;
        } else if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs) {
            candidate = StandardCharsets.UTF_16BE;
        } else {
            return null;
        }
        int usable = Math.min(length, 1 << 16) & ~1;
        String text = decodeStrict(candidate, sample, usable, usable == length);
        if (text == null || text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && usable < length) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                return null;
            }
        }
        return candidate;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean decodesStrictly(Charset charset, byte[] sample, int length, boolean complete) {
        return decodeStrict(charset, sample, length, complete) != null;
    }

    /** @return the decoded text, or {@code null} when the bytes are not valid in that charset */
    static String decodeStrict(Charset charset, byte[] sample, int length, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return null;
        }
        if (complete) {
            result = decoder.flush(out);
            if (result.isError()) {
                return null;
            }
        } else if (in.remaining() > 8) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** Decodes leniently (replacement characters) for previews. */
    static String decodeLenient(Charset charset, byte[] sample, int offset, int length) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(sample, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
