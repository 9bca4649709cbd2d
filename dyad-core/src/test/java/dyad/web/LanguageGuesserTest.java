package dyad.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageGuesserTest {
    @Test
    void languagesAreToldByTheirWordsOrTheirScript() {
        Map<String, String> texts = Map.of(
                "en", "The government said on Sunday that it would respond to the attack with all the means it has.",
                "de", "Die Regierung hat am Sonntag gesagt, dass sie auf den Angriff mit allen Mitteln antworten wird.",
                "fr", "Le gouvernement a déclaré dimanche qu'il répondrait à l'attaque par tous les moyens dont il dispose.",
                "es", "El gobierno dijo el domingo que respondería al ataque con todos los medios que tiene a su alcance.",
                "pt", "O governo disse no domingo que vai responder ao ataque com todos os meios que tem, e não haverá negociação.",
                "ru", "Правительство заявило в воскресенье, что оно ответит на нападение всеми средствами, которые у него есть.",
                "ko", "정부는 일요일 모든 수단을 동원해 공격에 대응하겠다고 밝혔다.",
                "ja", "政府は日曜日、あらゆる手段で攻撃に対応すると述べた。",
                "zh", "政府星期日表示，将用一切手段回应这次袭击。",
                "ar", "وقالت الحكومة يوم الأحد إنها سترد على الهجوم بكل الوسائل التي لديها في هذا الوقت.");
        LanguageGuesser g = LanguageGuesser.builtIn();
        texts.forEach((lang, text) -> assertEquals(lang, g.guess(text), text));
        assertEquals(LanguageGuesser.UNKNOWN, g.guess("Kyle Busch 5040"));
        assertEquals(LanguageGuesser.UNKNOWN, g.guess(""));
    }
}
