-- One database and one user per service (database-per-service). Passwords are DEMO-ONLY.
-- Used by docker compose (mounted into /docker-entrypoint-initdb.d) and by ./stack (MariaDB/MySQL on
-- the machine; ./stack substitutes other names/passwords when PILOTS_DB_PASSWORD etc. are set).
-- Idempotent: safe to run again on a server that already has them.
CREATE DATABASE IF NOT EXISTS pilots CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS counting CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS governance CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'pilots'@'%' IDENTIFIED BY 'pilots';
CREATE USER IF NOT EXISTS 'counting'@'%' IDENTIFIED BY 'counting';
CREATE USER IF NOT EXISTS 'governance'@'%' IDENTIFIED BY 'governance';

-- ALTER keeps the password in step when it was changed (both MySQL 8 and MariaDB accept this form).
ALTER USER 'pilots'@'%' IDENTIFIED BY 'pilots';
ALTER USER 'counting'@'%' IDENTIFIED BY 'counting';
ALTER USER 'governance'@'%' IDENTIFIED BY 'governance';

GRANT ALL PRIVILEGES ON pilots.* TO 'pilots'@'%';
GRANT ALL PRIVILEGES ON counting.* TO 'counting'@'%';
GRANT ALL PRIVILEGES ON governance.* TO 'governance'@'%';
FLUSH PRIVILEGES;
