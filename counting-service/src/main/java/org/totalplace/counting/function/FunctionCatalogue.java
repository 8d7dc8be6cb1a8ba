package org.totalplace.counting.function;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The COFOG classification, read once: it changes only with a migration. */
@ApplicationScoped
public class FunctionCatalogue {

    @Schema(name = "Function")
    public record FunctionView(@Schema(example = "07.4") String code, @Schema(example = "07") String division,
                               @Schema(example = "GROUP") String level,
                               @Schema(example = "Public health services") String name) {
    }

    private volatile Map<String, FunctionView> byCode;

    public List<FunctionView> all() {
        return byCode().values().stream().sorted(java.util.Comparator.comparing(FunctionView::code)).toList();
    }

    public boolean exists(String code) {
        return byCode().containsKey(code);
    }

    public String name(String code) {
        FunctionView f = byCode().get(code);
        return f == null ? code : f.name();
    }

    private Map<String, FunctionView> byCode() {
        if (byCode == null) {
            byCode = QuarkusTransaction.joiningExisting().call(() -> CofogFunction.<CofogFunction>listAll().stream()
                    .map(f -> new FunctionView(f.code, f.division, f.level, f.name))
                    .collect(Collectors.toUnmodifiableMap(FunctionView::code, Function.identity())));
        }
        return byCode;
    }
}
