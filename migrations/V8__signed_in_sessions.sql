-- Which Keycloak session each signed-in browser session belongs to (security/SessionIds). The Keycloak
-- adapter asks on every request whether it still knows the browser's session id, and Keycloak's
-- back-channel logout removes ids by Keycloak session; kept here, not in one instance's memory, so every
-- instance of a cluster gives the same answer. The browser sessions themselves are in http_sessions,
-- which Open Liberty creates and maintains (server.xml, httpSessionDatabase).
create table signed_in_session (
    http_session_id     varchar(128) primary key,
    keycloak_session_id varchar(128),
    username            varchar(256) not null,
    signed_in_at        timestamptz  not null default now()
);
create index signed_in_session_keycloak on signed_in_session (keycloak_session_id);
create index signed_in_session_username on signed_in_session (username);
