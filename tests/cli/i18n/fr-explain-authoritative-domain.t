$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail explain 'authoritative domain detected'
authoritative domain detected
Gravité :              permanent
Raison :               other
Signification :        Le domaine est déclaré en mode autoritatif sur une
                       autre plateforme e-mail, et ne peut donc pas être
                       ajouté tel quel à celle-ci.
Solution :             Passez le domaine en mode non autoritatif sur les
                       deux plateformes, pour qu'elles puissent le partager.
Offres :               emailpro, exchange
Source :               OVHcloud guide exchange_adding_domain (en), and the
                       Email Pro guide on adding a domain (2023-06-14)
--- stderr
--- status 0
