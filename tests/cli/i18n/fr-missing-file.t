$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail --data /nonexistent/servers.json
--- stderr
ovhmail: /nonexistent/servers.json: Aucun fichier ou dossier de ce type
--- status 66
