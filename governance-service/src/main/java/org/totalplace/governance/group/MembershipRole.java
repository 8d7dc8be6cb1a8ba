package org.totalplace.governance.group;

public enum MembershipRole {
    CHAIR, SPONSOR, PROGRAMME_MANAGER, PROJECT_MANAGER, ADVISER, MEMBER
}
