package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralTest {

    @Test
    void readsNumeralsWithTheirPlaceWords() {
        assertThat(ChineseNumeral.value("十五")).isEqualTo(15);
        assertThat(ChineseNumeral.value("三千五百")).isEqualTo(3500);
        assertThat(ChineseNumeral.value("两万")).isEqualTo(20000);
        assertThat(ChineseNumeral.value("七十亿")).isEqualTo(7e9);
        assertThat(ChineseNumeral.value("一百二十")).isEqualTo(120);
    }

    @Test
    void zeroHoldsAnEmptyPlace() {
        assertThat(ChineseNumeral.value("一百零八")).isEqualTo(108);
        assertThat(ChineseNumeral.value("一千零五")).isEqualTo(1005);
        assertThat(ChineseNumeral.value("两千零二十")).isEqualTo(2020);
        assertThat(ChineseNumeral.value("三万零六百")).isEqualTo(30600);
    }

    @Test
    void twoDigitsInARowOrAnotherCharacterAreNoNumber() {
        assertThat(ChineseNumeral.value("一二")).isEqualTo(-1);
        assertThat(ChineseNumeral.value("一零")).isEqualTo(-1);
        assertThat(ChineseNumeral.value("零八")).isEqualTo(-1);
        assertThat(ChineseNumeral.value("零")).isEqualTo(-1);
        assertThat(ChineseNumeral.value("三个")).isEqualTo(-1);
    }
}
