package org.totalplace.commons.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
@Schema(description = "A page of results; pages are numbered from 1")
public record Page<T>(
        List<T> items,
        @Schema(example = "1") int page,
        @Schema(example = "20") int size,
        @Schema(example = "13") long total,
        @Schema(example = "1") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        int totalPages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), total, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
