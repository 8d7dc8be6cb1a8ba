package org.totalplace.pilots.document;

public enum DocumentKind {
    FINAL_REPORT, INTERIM_REPORT, BRIEFING_NOTE, NEWS_RELEASE, SLIDES, OTHER
}
