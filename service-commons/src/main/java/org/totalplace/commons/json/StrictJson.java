package org.totalplace.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What every service reads as JSON, read strictly (found by the hostile-input fuzz test): a body is one JSON value
 * and nothing after it, an enum one of its names, a date an ISO-8601 {@code yyyy-MM-dd} string and a time
 * {@code HH:mm[:ss]}. Jackson's defaults took {@code {...}garbage}, {@code "kind": 1} as the second kind, {@code {}}
 * as no time, an empty array as no date, signed or five-digit years no DATE column holds, and a number as days since
 * 1970 (20091014 became the year 56977, which the database then refused with a 500).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // an enum is one of its names: 1 or "0" is not the second or first constant
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("totalplace-strict-json")
                .addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, "\\d{4}-\\d{2}-\\d{2}", LocalDate::parse))
                .addDeserializer(LocalTime.class, new Strict<>(LocalTime.class, "\\d{2}:\\d{2}(:\\d{2})?", LocalTime::parse)));
    }

    /** After Quarkus's own customizers, so that this date reader replaces the JavaTimeModule's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** A date or time from a JSON string of one ISO-8601 form, and from nothing else ({@code {}} was no time). */
    static final class Strict<T> extends StdScalarDeserializer<T> {

        private final Pattern form;
        private final Function<String, T> parse;

        Strict(Class<T> type, String form, Function<String, T> parse) {
            super(type);
            this.form = Pattern.compile(form);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            if (text.isEmpty()) {
                return null;
            }
            if (!form.matcher(text).matches()) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not of the form " + form.pattern());
            }
            try {
                return parse.apply(text);
            } catch (DateTimeException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "no such date or time");
            }
        }
    }
}
