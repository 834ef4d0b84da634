"""Spanish request phrases (matched without accents)."""

NEGATIONS = {"ni", "no", "nunca", "jamas", "ningun", "ninguna", "sin"}

# Mail words a construction ends on ("recibir más comunicaciones", "que me lleguen sus mensajes").
_ES_MAIL = (
    "correo|correos|mail|mails|email|emails|e-mail|e-mails|mensaje|mensajes|comunicacion|comunicaciones|publicidad|"
    "boletin|boletines|newsletter|newsletters|ofertas|promocion|promociones|envios|propuestas|campanas|informacion|"
    "notificaciones|correitos|mailings"
)

# Constructions for "no quiero recibir más correos" in every person: the writer (never a footer's "si no desea
# recibir"), or someone else after a sentence start or a title ("... gestiono. No desea recibir más comunicaciones").
_ES_WANT_I = (
    "quiero|queremos|quisiera|quisieramos|querria|querriamos|deseo|deseamos|desearia|deseariamos|pretendo|"
    "pretendemos|pienso|pensamos|interesa|interesan"
)
_ES_NEED_I = "necesito|necesitamos"
_ES_WANT_3 = "quiere|quieren|desea|desean|necesita|necesitan|pretende|pretenden"
_ES_NOT_I = "!no|ni|tampoco me|nos?"
_ES_NOT_3 = "!.|!|;|: ya? no|tampoco le|les?"
_ES_RELAY = (
    "comunique|comunico|comunicar|comunicarles|informe|informo|informar|informarles|diga|digo|decir|decirles|"
    "transmita|transmito|transmitir|transmitirles|traslade|traslado|trasladar|trasladarles|indique|indico|indicarles"
)
_ES_TITLES = "!jefe|jefa|director|directora|gerente|titular|senor|senora|sr|sra|don|dona|dr|dra|socio|socia|marido|esposa"
_ES_RECEIVE_MAIL = (
    "seguir|continuar|volver? a? recibir|recibiendo|recibirlos|recibirlas mas|ningun|ninguna|ningunos|otro|otra|otros|"
    "otras|nuevos|nuevas|este|esta|estos|estas|sus|su|vuestros|vuestras|tus|los|las|ulteriores? "
    "mas|sus|vuestros|vuestras|estos|estas? tipo? de? " + _ES_MAIL
)

PHRASES = {
    "unsubscribe": [
        # the passive: "me gustaría ser eliminado de sus listas", "quiero que mi dirección sea borrada de su lista"
        "ser|sea|sean ~1 eliminado|eliminada|eliminados|eliminadas|borrado|borrada|borrados|borradas|quitado|quitada|quitados|quitadas|retirado|retirada|retirados|retiradas|excluido|excluida|excluidos|excluidas ~3 de ~2 su|sus|vuestra|vuestras ~1 lista|listas|envios|mailing|boletin|newsletter|correos|comunicaciones|difusion|campanas",
        # "asegúrense de que no reciba más correos suyos", "procuren que no recibamos más"
        "asegurense|asegurese|aseguraos|asegurate|procuren|procure|procurad ~3 que ~1 no ~3 reciba|recibamos|reciban|recibir ~4 mas|nunca",
        # "les ruego eviten cualquier contacto futuro"
        "eviten|evitad|evitar|evite|abstenerse ~2 cualquier|todo|nuevo|nuevos|futuro|futuros|mas ~2 contacto|contactos|comunicacion|comunicaciones|correo|correos|mensaje|mensajes",
        # broken: "por favor no me envian mas correo de esto"
        "!no ~1 me|nos ~1 envien|envian|envie|envia|mande|manden|mandan|escriban|escriben|escriba ~1 mas ~3 correo|correos|mails|emails|mensajes|esto|publicidad|nada|informacion|ofertas",
        # "no pienso recibir nada más de ustedes"
        "!no ~1 pienso|tengo|quiero|deseo ~2 intencion? ~1 de? ~1 recibir ~1 nada|mas|ningun|ninguna ~1 mas|de|otro|correo|correos",
        # "dejadme fuera de vuestras campañas"
        "dejadme|dejenme|dejame|dejarme|dejadnos|dejennos|dejanos|dejarnos ~1 fuera ~2 de ~2 vuestras|vuestros|sus|tus|las|los|estas|estos ~1 campañas|listas|lista|envios|comunicaciones|newsletters|newsletter|mailings|correos|boletines",
        # "excluirme de cualquier envío futuro"
        "excluirme|excluyanme|excluidme|excluirnos|excluyannos|excluidnos|excluyame|excluirle|excluirlo|excluirla ~4 envio|envios|comunicacion|comunicaciones|campana|campanas|lista|listas|boletin|boletines|mailing|correos|mensajes|publicidad|promociones",
        # la dirección como sujeto: "Esta dirección no debe volver a recibir sus campañas", "no debe ser utilizada para envíos comerciales"
        "!no ~1 debe|deben|debera|deberan|deberia|deberian|puede|pueden|tiene|tienen|quiere|queremos|quiero|desea|deseo|deseamos ~1 volver ~1 a ~1 recibir ~4 campanas|campana|correos|correo|mensajes|comunicaciones|publicidad|ofertas|boletines|boletin|newsletter|newsletters|envios|promociones|emails|mails|e-mails|nada",
        "!no ~1 debe|deben|debera|deberan|deberia|deberian|puede|pueden ~1 seguir ~1 recibiendo ~4 campanas|campana|correos|mensajes|comunicaciones|publicidad|ofertas|boletines|boletin|newsletter|envios|promociones|emails|mails|e-mails",
        "!direccion|correo|buzon|cuenta|email|e-mail|mail|contacto|datos ~6 no ~1 debe|deben|debera|deberia|puede|pueden ~1 ser|seguir|volver ~1 a? ~1 utilizada|utilizado|usada|usado|utilizandose|usandose|contactada|contactado|incluida|incluido ~4 campanas|campana|publicidad|publicitarios|publicitarias|marketing|comerciales|comercial|promociones|promocionales|envios|boletines|newsletter|prospeccion",
        "direccion|correo|buzon|cuenta ~6 debe|deben|ha|han ~2 de? ~1 ser ~1 eliminada|eliminado|retirada|retirado|excluida|excluido|borrada|borrado|dada|dado ~4 listas|lista|envios|campanas|boletin|boletines|newsletter|difusion|mailing|baja",
        # para un tercero: "dadle de baja", "denla de baja", "bórrenlo de sus listas"
        "dadle|dadla|dadles|dadlo|denle|denla|denles|denlo|darle|darla|darles|darlo|dele|dela|delo ~1 de ~1 baja",
        "borradle|borradles|quitadle|quitadles|eliminadle|sacadle|borrenlo|borrenla|borradlo|borradla|quitenlo|quitenla|quitadlo|quitadla|eliminenlo|eliminenla|eliminadlo|eliminadla|sacadlo|sacadla|saquenlo|saquenla|excluyanlo|excluyanla ~4 lista|listas|envios|boletin|boletines|newsletter|difusion|campanas|mailing|comunicaciones|base",
        # "que este correo sea el último que reciba"
        "este|esta|este ~1 correo|mensaje|email|e-mail|mail|envio ~2 sea ~1 el ~1 ultimo ~2 que ~2 reciba|recibamos|recibo|recibire",
        "que ~1 sea ~1 el ~1 ultimo ~2 correo|mensaje|email|e-mail|mail|envio ~4 reciba|recibamos",
        # "les prohíbo cualquier envío publicitario a mi dirección"
        "prohibo|prohibimos ~4 cualquier|todo|toda|todos|todas ~2 envio|envios|comunicacion|comunicaciones|publicidad|correo|correos|mensaje|mensajes|contacto|promocion|promociones",
        # "se acabaron los correos", "basta de correos", "fuera correos"
        "se ~1 acabaron|acabo|terminaron|termino ~2 los|sus|vuestros|estos ~1 correos|mails|emails|e-mails|mensajes|envios|boletines",
        "basta ~1 de|con ~3 correos|mails|emails|e-mails|mensajes|envios|boletines|publicidad|spam",
        # "el cese del envío de sus comunicaciones", "que cesen el envío"
        "cese|cesen|cesar|cesad|suspendan|suspender|interrumpan|interrumpir|detengan|detener ~2 envio|envios|remision|remisiones ~2 de ~3 comunicaciones|correos|mensajes|publicidad|boletines|boletin|newsletter|ofertas|emails|mails|promociones|campanas",
        "bajenme|bajadme|bajame|bajeme",
        # "quiero ser dado de baja de sus comunicaciones", "pido que sea dada de baja"
        "ser|sea|sean|seamos dado|dada|dados|dadas de baja",
        # voseo and tú asks: "¿me quitás de la lista?", "me sacás de tus envíos"
        "me ~1 quitas|sacas|retiras|borras|eliminas|excluis|bajas ~3 de ~1 su|sus|la|las|tu|tus|vuestra|esta|esa ~1 base|lista|listas|envios|mailing|boletin|newsletter|correos|difusion",
        # the imperfect subjunctive of a polite ask: "les agradecería que me quitaran de su lista", "quisiera que nos dieran
        # de baja" (after "si" it is a condition: "si me quitaran de la lista perdería las ofertas")
        "agradeceria|agradeceriamos|agradeceremos|quisiera|quisieramos|querria|preferiria|pediria|rogaria|ruego|pido|pedimos ~4 que ~1 me|nos ~1 quitara|quitaran|quitase|quitasen|retirara|retiraran|retirase|retirasen|sacara|sacaran|sacase|sacasen|excluyera|excluyeran|excluyese|excluyesen|borrara|borraran|borrase|borrasen|eliminara|eliminaran|eliminase|eliminasen ~3 de ~1 su|sus|la|las|vuestra|vuestras|esta|estas|tu|tus ~1 lista|listas|envios|mailing|boletin|newsletter|correos|comunicaciones|difusion|campanas",
        "agradeceria|agradeceriamos|agradeceremos|quisiera|quisieramos|querria|preferiria|pediria|rogaria|ruego|pido|pedimos ~4 que ~1 me|nos ~1 diera|dieran|diese|diesen ~1 de ~1 baja|vaja",
        "me ~1 retira|retire|retiran|retiren|quita|quite|quitan|quiten|saca|saque|sacan|saquen|quitas|sacas|retiras ~3 de ~1 su|sus|la|tu|tus|vuestra|esta ~1 lista|listas|envios|mailing|boletin|newsletter ~1 ? @0.9",
        # Latin-American "remover": "por favor remover mi correo de su lista de envíos", "remuévanme de la lista"
        "remover|remuevan|remueva|remueve|removed|remove|removerme|removernos|remuevanme|remuevame|removeme|removedme|removeme ~8 de ~3 sus|su|la|las|esta|estas|tu|tus|vuestra|vuestras ~1 lista|listas|envios|campanas|comunicaciones|boletin|newsletter|mailing|correos|difusion",
        "remuevanme|remuevame|removeme|removedme|removerme|removernos|remuevannos ~4 lista|listas|envios|boletin|mailing|newsletter|correos|campanas|comunicaciones",
        # "no deseo seguir recibiendo este tipo de mensajes", "no me interesa seguir recibiendo sus ofertas"
        "!no ~2 deseo|deseamos|quiero|queremos|desearia|deseariamos|quisiera|quisieramos|necesito|necesitamos|interesa ~1 seguir|continuar ~1 recibiendo|recibir ~4 correos|mensajes|mails|emails|e-mails|comunicaciones|publicidad|ofertas|envios|promociones|informacion|newsletters|boletines|propuestas|esto|estos|estas|sus|vuestros|vuestras|nada",
        # "solicito la baja de mi dirección en sus comunicaciones comerciales", "pido la baja inmediata"
        "solicito|pido|quiero|quisiera|deseo|desearia|solicitamos|pedimos|queremos|necesito|tramiten|tramitad|gestionen|gestionad|procesen|ruego|rogamos ~2 la|mi|nuestra ~1 baja ~6 lista|listas|envios|boletin|comunicaciones|correos|mailing|newsletter|mensajes|publicidad|campanas|promociones|suscripcion",
        "solicito|pido|solicitamos|pedimos|tramiten|tramitad|gestionen|gestionad|procesen ~2 la|mi|nuestra ~1 baja ~1 .|,|!|inmediata|definitiva|urgente|gracias|por @0.9",
        # the one-word STOP, with a thanks: "Stop, gracias.", "STOP por favor"
        "stop ,|.|!|;|-? ~1 {gracias|muchas gracias|por favor|porfa|xfa|plis|saludos|ya|un saludo} @0.9",
        # the unsubscribe link broken: "intenté darme de baja con el enlace y me da un error 404"
        "!intentado|intente|intento|tratado|trate|quise|quería ~1 darme|darnos|desuscribirme|desinscribirme|desuscribirnos ~1 de? ~1 baja? ~12 {error|falla|fallo|roto|no funciona|no va|no sirve|no anda|no me deja|no deja} @0.8",
        "enlace|link|vinculo|boton|formulario ~14 {pueden hacerlo|podrian hacerlo|podeis hacerlo|puede hacerlo|podria hacerlo|lo pueden hacer|lo podrian hacer|hacerlo ustedes|hacerlo vosotros|hacerlo usted|hacerlo manualmente|hacerlo a mano|hacerlo desde ahi|darme de baja ustedes|darme de baja manualmente|darme de baja a mano} @0.8",
        "!enlace|link|vinculo|boton ~3 de|para ~1 baja|darse|darme|desuscribirse|desuscribirme|desuscripcion ~8 {error|falla|fallo|roto|no funciona|no va|no sirve|no anda|no me deja|no deja} @0.8",
        # impersonal and polite asks: "se ruega no enviar más comunicaciones", "quiero dejar de recibir estos mensajes"
        "!se ~1 ruega|pide|solicita|agradece|agradeceria ~2 no ~1 enviar|mandar|remitir|escribir|seguir ~3 mas|ningun|ninguna|comunicaciones|correos|mails|emails|mensajes|publicidad|envios|informacion|ofertas",
        "!no enviar|mandar|remitir|remitirme|enviarme|mandarme ~1 mas ~2 comunicaciones|correos|mails|emails|mensajes|publicidad|informacion|propuestas|ofertas|envios|promociones @0.9",
        "quiero|quisiera|queremos|quisieramos|deseo|deseamos|desearia|necesito|solicito|pido|prefiero|preferiria|gustaria ~2 dejar de recibir ~3 correos|mensajes|mails|emails|comunicaciones|publicidad|envios|ofertas|promociones|newsletters|boletines|esto|estos|estas|sus|vuestros|vuestras",
        "dejar de recibir estos|estas|vuestros|vuestras|tus ~1 correos|mensajes|mails|emails|comunicaciones|envios|ofertas|promociones",
        "cese ~1 inmediato|definitivo|total|inmediata ~1 de|del ~2 envios|comunicaciones|correos|contactos|mensajes|publicidad",
        "cese ~4 comunicacion|comunicaciones|envio|envios|correos|mensajes ~1 comercial|comerciales|publicitari*|promocional*",
        # the usted ask of Latin America: "me hace el favor y me retira de su base de envíos", "me saca de la lista"
        "me ~1 retira|retire|retiran|retiren|quita|quite|quitan|quiten|saca|saque|sacan|saquen|excluye|excluya|excluyen|excluyan ~3 de ~1 su|sus|la|vuestra|esta ~1 base|lista|listas|envios|mailing|boletin|newsletter ~1 de? ~1 envios|correos|contactos|difusion|mailing|.|,|!|y",
        "baja ,|.|! {gracias|muchas gracias|porfavor|por favor|plis|porfa|xfa} .|!|,|saludos|un|ya @0.9",
        "baja .|! ya .|! @0.9",
        "!nunca|ningun|ni ~1 un? ~1 correo|mail|email|mensaje ~1 mas @0.8",
        "!no ~2 enviarle|enviarles|escribirle|escribirles|mandarle|mandarles|contactarle|contactarla|contactarlo ~1 mas ~1 .|,|!|?|correos|mails|emails|mensajes|comunicaciones|publicidad|propuestas|ofertas|newsletters|promociones",
        "!no ~1 le|les ~1 envien|escriban|manden|envieis|escribais|mandeis|enviaran|escribieran|mandaran|enviasen|escribiesen ~1 mas|nada ~1 .|,|!|?|correos|mails|emails|mensajes|comunicaciones|publicidad|propuestas|ofertas|newsletters|promociones",
        "!no ~1 envieis|mandeis|escribais|envien|manden ~1 mas ~1 correos|mails|emails|mensajes|comunicaciones|publicidad",
        "cese|cesacion de|del ~1 los|las|todos|todas|sus|cualquier? ~1 envios|envio|comunicaciones|correos|contactos|mensajes",
        "saques|saquen|saca|sacame|saqueis ~2 de ~1 la|las|su|sus|vuestra ~1 lista|listas|base|envios",
        "sea ~1 retirado|retirada|eliminado|eliminada ~3 de ~2 su|sus|la|vuestra ~1 base|lista|listas|envios",
        "retirem|retiren|retiran|quitem ~2 de ~1 la|su|sus ~1 lista|listas|base",
        "borrando|quitando|sacando|eliminando|retirando|excluyendo ~8 de ~3 sus|su|la|las|esta|estas|vuestra|vuestras|tu|tus ~1 envios|listas|lista|campanas|comunicaciones|boletin|newsletter|mailing",
        "baja ,|!? ya|inmediata|inmediatamente|urgente",
        "baja !",
        "+ ~1 baja",
        "baja ~1 +",
        "ahorren|ahorraran|ahorrasen|ahorreis|ahorrad|ahorrenme|ahorradme|ahorrame|ahorreme|ahorrarme|ahorrarnos|ahorrennos ~3 recordatorios|correos|envios|mensajes|mails|emails|comunicaciones|seguimientos|llamadas|insistencias",
        "!no se ~1 utilice|use|utilicen|usen|emplee|empleen ~4 envios|publicidad|comunicaciones|campanas|comercial|comerciales|marketing|promociones|mailing|prospeccion",
        "!no ~2 incluir|incluyan|incluya|incluyais|incluyas|incluirme|incluirnos|incluyanme|incluidme|incluyeran|incluyesen|incluyera|incluyese|incluyerais|incluyeseis ~5 envios|listas|lista|campanas|comunicaciones|boletin|mailing|newsletter|proximos|futuros|futuras",
        "!no ~2 me|nos ~1 escribieran|escribiesen|enviaran|enviasen|mandaran|mandasen|contactaran|contactasen|llamaran|llamasen|escribiera|enviara|mandara ~2 mas|nada",
        "oposicion ~12 mercadotecnia|publicidad|marketing|prospeccion|comerciales|comercial|promocional*",
        "!no seguir ~1 recibiendo ~3 comunicaciones|correos|mails|emails|publicidad|ofertas|envios|mensajes|newsletters|promociones|informacion|propuestas",
        "!no ~1 me|nos ~1 tenga|tengan|tengais|tengas|tuvieran|tuviesen ~1 en cuenta ~4 campanas|envios|comunicaciones|listas|acciones|futuras|proximas|futuros|proximos|mailing",
        "se acabo ~1 .|!",
        "cancelenme|cancelame|canceladme|cancelarme|canceleme|cancelennos|canceladnos|cancelarnos",
        "fuera de ~2 mi|mis ~1 correo|buzon|bandeja|email|mail|vida|inbox @0.9",
        "!de no recibir mas",
        "retiren|retirar|retire|quiten|quitar|quite|eliminen|saquen|sacar|excluyan|excluya|excluir|borren ~8 de ~3 sus|su|la|las|esta|estas|todas|todos|vuestros|vuestras envios|listas|lista|campanas|correos|comunicaciones|boletin",
        # every person of the verb: vosotros (quitad), tú / voseo (quita, quitá), usted (quite), across a line break
        "retirad|quitad|eliminad|sacad|excluid|borrad|retira|quita|elimina|saca|excluye|borra|retire|quite|elimine|saque|borre|retiren|quiten|eliminen|saquen|excluyan|borren ~8 de ~3 sus|su|la|las|esta|estas|todas|todos|vuestros|vuestras|vuestra|tu|tus ~1 envios|listas|lista|campanas|comunicaciones|boletin|newsletter|mailing",
        "excluya|excluyan|excluir|excluyais ~6 campanas|envios|listas|lista|comunicaciones|correos",
        "quitarme|sacarme|borrarme|eliminarme|excluirme|quitarnos|sacarnos ~4 lista|listas|envios|correos|campanas|base",
        "retirenlo|retirenla|quitenlo|quitenla|eliminenlo|saquenlo|excluyanlo|excluyanla ~4 envios|lista|listas|base|campanas",
        "dejen|dejad|deja|dejeis|dejar|dejes|dejaran|dejara|dejasen|paren|parad ~1 de|d ~2 escrib*|envi*|mand*|contact*|llenar*|molest*|insistir|remit*|llam*|spam*|bombard*",
        "dejenme|dejadme|dejame|dejeme|dejennos|dejadnos|dejanos en paz @0.9",
        # the mail as subject: "hagan que dejen de llegarme estos correos", "que sus correos dejen de llegarnos"
        "deje|dejen|dejaran|dejasen|dejara|dejase|dejar de ~1 llegarme|llegarnos|llegarle|llegarles|entrarme|entrarnos ~1 .|,|!|;|ya|mas|estos|estas|sus|vuestros|vuestras|tus|los|las|correos|mails|emails|mensajes|comunicaciones|publicidad|envios|ofertas|promociones|newsletters",
        "correos|mails|emails|e-mails|mensajes|comunicaciones|publicidad|envios|ofertas|promociones|newsletters|boletines ~3 deje|dejen|dejaran|dejasen de ~1 llegar|llegarme|llegarnos|entrarme|entrarnos|llegarle|llegarles",
        "deje|dejen|dejaran|dejasen|dejar de ~1 llegar|entrar ~2 estos|estas|sus|vuestros|vuestras|tus|los|las|mas ~1 correos|mails|emails|mensajes|comunicaciones|publicidad|envios|ofertas|promociones|newsletters",
        "paren|parad|pareis ~1 ya|inmediatamente|porfa|xfa|pf|!",
        "paren|parad|pareis ~1 {de una vez|por favor}",
        "que ~1 pareis|paren ~1 ya|!|.|,|de|inmediatamente @0.8",
        "!no ~2 vuelvan|volvieran|volvais|vuelva|vuelvas|volver a ~3 contactar|escribir*|enviar*|llamar*|molestar*|mandar*",
        "!ya no ~3 envien|manden|escriban|contacten|enviar|mandar|envieis|mandeis|enviarme|mandarme|escribirme|contactarme|enviarnos|mandarnos|escribirnos|contactarnos|escribais|contacteis|envies|mandes|escribas",
        "!no ~2 me|nos llegue|lleguen|llegen|llege ~2 nada|mas|ningun|ninguna|correos|mails|emails|publicidad",
        "!no ~1 me|nos interesa|interesan ~1 {recibir|seguir recibiendo}",
        "!no ~2 quiero|queremos|deseo|deseamos|necesito|necesitamos mas ~2 correos|mails|emails|publicidad|comunicaciones|mensajes|envios|promociones|newsletters|boletines",
        "!noquiero|nokiero|noqiero ~2 mas|recibir|correos|mails|emails|publicidad",
        "!tampoco ~1 quiero|deseo|queremos|deseamos ~2 {recibir|ser contactado|ser contactada|ser contactados}",
        "fuera ~1 pf|xfa|porfa|plis|pls @0.8",
        "!no ~3 envien|manden|enviaran|mandaran|escriban ~3 mas|informacion|publicidad|nada|correos",
        "!no ser contactad*|molestad*",
        "!prefiero|preferimos|preferiria|prefeririamos no recibir",
        "!no ~2 deseo|quiero|deseamos|queremos|desearia|deseariamos seguir|volver? a? recibir ~2 mas|ningun|ninguna|publicidad|comunicaciones|correos|mails|emails|e-mails|promociones|ofertas|newsletters|boletines|vuestros|sus|nada",
        "!no mas ~2 correos|mails|emails|publicidad|comunicaciones|mensajes|envios|propuestas",
        "!no autorizo ~6 comercial*|publicidad|marketing|contact*",
        "me opongo ~12 publicidad|mercadotecnia|marketing|comercial|comerciales|prospeccion|promocional*",
        "darme|darnos|denme de vaja",
        # "fuera de su lista", "fuera de su base de envíos" -- not "fuera de vuestra base de datos" (an erasure)
        "fuera de ~2 lista|listas|envios @0.9",
        "fuera de ~2 base ~1 de ~1 envios|correos|contactos|difusion|mailing|clientes|suscriptores @0.9",
        "fuera de ~2 su|sus|vuestra|la|esta ~1 base .|,|!|;|y|por|gracias|porfa|ya @0.9",
        "absten* de ~2 envi*|mand*|escrib*|contact*|remit*|llam*",
        "!no hace falta que ~3 escribiendo|escribiendome|escriban|contacten|sigan @0.8",
        "cesen|cese|cesar|cesaran ~4 envio|envios|comunicaciones|correos|publicidad",
        "!no ~2 manden|envien ~2 nada",
        # "favor de no enviarnos más correos", "ruego no mandarnos nada más"
        "!favor|ruego|rogamos|pido|pedimos ~1 de? ~1 no ~1 enviarnos|mandarnos|escribirnos|contactarnos|enviarme|mandarme|escribirme|contactarme ~2 mas|nada|ningun|ninguna|correos|mails|emails|mensajes|comunicaciones|publicidad",
        "no insistan|insistais @0.7",
        # finality in a reply that declines: "no hace falta que me vuelvan a escribir", "solicito no volver a recibir
        # correos", "ninguno de los dos queremos recibir más comunicaciones", "no quiero volver a saber de ustedes"
        # (not "no hace falta que me vuelvan a mandar el catálogo", nor "no me llamen, les escribo yo")
        "!no {hace falta|es necesario|hay necesidad de} que ~2 vuelvan|vuelvas|volvais|vuelva a ~2 escribir*|contactar*|molestar* ~1 .|,|!|;|ni|nunca|jamas|mas|nada|gracias|y @0.8",
        "!no {hace falta|es necesario} que ~2 sigan|sigais|siga|sigas ~1 escribiendo*|contactando*|insistiendo ~1 .|,|!|;|ni|nunca|jamas|mas|gracias|y @0.8",
        "!no volver a recibir ~3 correos|mails|emails|e-mails|comunicaciones|mensajes|publicidad|ofertas|propuestas|envios|nada|sus|vuestros|vuestras|mas @0.9",
        "!ninguno|ninguna|nadie ~4 quiere|queremos|quieren|desea|deseamos|desean ~2 recibir|recibiendo mas ~1 comunicaciones|correos|mails|emails|mensajes|publicidad|ofertas|propuestas|envios|informacion @0.9",
        "!no ~1 quiero|queremos ~1 volver a saber ~1 nada? ~1 de ~1 ustedes|vosotros|usted|vuestra|su ~1 empresa? .|,|!|;|ni|nunca|jamas|mas|gracias|y @0.8",
        "!no ~1 quiero|queremos saber nada mas de ustedes|vosotros|usted .|,|!|;|ni|nunca|jamas|gracias|y @0.8",
        "!ni ahora ni nunca .|!|; @0.7",
        "lista robinson @0.8",
        "desuscrib*|desinscrib*",
        "anular ~2 suscripcion",
        # "cancelar mi suscripción", not "cancelar la suscripción con nuestro proveedor actual"
        "cancelar|cancelen|cancelad|anular|anulen|anulad ~1 mi|nuestra ~1 suscripcion",
        "cancelar|cancelen|cancelad ~1 la|esta ~1 suscripcion ~1 .|,|!|a|al|de|del ~1 sus|su|vuestra|vuestro|vuestros|vuestras|este|esta|estos|estas|boletin|newsletter|lista|envios|correos|mailing|.|!",
        "dad|den|dar|damos de baja",
        "dadme|dame|deme|denme|dadnos|danos|dennos|demen ~1 de ~1 baja|vaja",
        "!no ~2 enviarme|escribirme|mandarme ~2 mas",
        "dejad|dejen|deja de escribirme|enviarme|mandarme|escribir|enviar",
        "quitenme|kitenme|sacadme|quitadme|sacame|saquenme|quitame ~3 lista|base|envios|listas|mailing|newsletter|boletin|campanas|secuencia|correos",
        "!no nos|me ~2 incluyan|manden|envien|escriban ~2 mas",
        "!no me escriban mas",
        "!no ~2 me|nos ~1 escribais|escribas|escriba|envieis|envies|mandeis|mandes|contacteis|contactes|llameis|llamen|llames ~2 mas|nada",
        "ya basta de ~2 correos|mails|emails",
        "darme|darnos de baja @0.6",
        "quiero|quisiera|queremos|quisieramos|deseo|deseamos|desearia|necesito|solicito|pido|pueden|podrian|puedan|ruego|favor ~2 darme|darnos|darle|darla|darlo de baja",
        "darme|darnos de baja ~1 ,|.|!|gracias|ya|porfa|xfa|inmediatamente|urgente",
        "darme|darnos de baja de ~2 estos|estas|sus|su|la|las|vuestros|vuestras|vuestra|esta|este ~1 correos|envios|lista|listas|comunicaciones|boletin|newsletter|mailing|campanas|mensajes",
        "baja ~2 {tal como|como indica|como indican|como pone|como dice|segun indica|segun pone} @0.9",
        # "desea darse de baja", not "que nuestros clientes puedan darse de baja solos"
        "darse de baja @0.6",
        "desea|deseo|quiere|quiero|quisiera|desearia|gustaria|solicita|pide|necesita ~2 darse de baja",
        "dar de baja",
        "denme|den de baja",
        # asked, not told of ("me di de baja de sus envíos la semana pasada", "solicité la baja de su lista")
        "solicito|pido|quiero|quisiera|deseo|desearia|solicitamos|pedimos|queremos|necesito|tramiten|tramitad|gestionen|gestionad|procesen|favor|ruego|rogamos|confirmen ~3 baja de ~3 lista|listas|envios|boletin",
        "baja de ~3 lista|listas|envios|boletin @0.5",
        "eliminar|eliminen|quitar|quiten|borrar|borren|sacar|saquen ~4 de ~2 su|sus|la|esta lista|listas|base|envios",
        "quitenme|saquenme|excluyanme",
        "borrenme|borradme|eliminenme|eliminadme|suprimanme|borrame|eliminame|suprimeme|quitame|sacame|borreme|elimineme|quiteme|saqueme ~4 lista|listas|envios|boletin|correos|campanas|newsletter|mailing",
        "!no ~3 envien|manden|escriban|contacten ~2 mas",
        "!no ~2 quiero|deseo|desearia ~2 {ser contactado|ser contactada|ser contactados}",
        "!no ~2 vuelvan a ~2 escribir*|contactar*|enviar*",
        "dejen|dejar de ~2 enviar*|escribir*|contactar*|mandar*",
        "oposicion ~6 publicidad|mercadotecnia|marketing|comercial|comerciales|prospeccion",
        "me opongo ~8 publicidad|mercadotecnia|marketing|comercial|comerciales|prospeccion",
        # indirect: "pueden olvidarse de nosotros", "paso de futuros envíos", "ni un correo más", "ya basta"
        "olvidarse|olvidense|olvidaos|olvidaros|olvidadnos|olvidennos|olvidarnos ~2 de? nosotros|nosotras @0.8",
        "olvidadnos|olvidennos @0.8",
        "paso de ~2 futuros|futuras|proximos|proximas|mas|vuestros|vuestras|sus|estos|estas ~1 envios|correos|mails|emails|comunicaciones|mensajes|propuestas|ofertas|campanas",
        "!ni un|una ~1 correo|mail|email|e-mail|mensaje|envio|llamada ~1 mas",
        "!por favor ~1 ni uno|una mas @0.9",  # "Por favor, ni uno más."
        "!ningun ~1 correo|mail|email|e-mail|mensaje|envio ~1 mas",
        # "ni una comunicación más", "ni una sola oferta más", "ninguna propuesta más"
        "!ni un|una ~1 sola|solo? ~1 comunicacion|propuesta|oferta|promocion|newsletter|boletin|recordatorio|seguimiento|notificacion|correito|mailing|sms|whatsapp|publicidad ~1 mas",
        "!ningun|ninguna ~1 otra|otro? ~1 comunicacion|propuesta|oferta|promocion|newsletter|boletin|recordatorio|seguimiento|notificacion|mailing|llamada ~1 mas",
        "{ya basta|basta ya} !|.|,|de @0.8",
        "!. basta .|! @0.7",
        "dejemoslo|dejemos ~1 aqui|ahi @0.7",
        # "¿Lo dejamos aquí?", "mejor lo dejamos ahí, ¿no?" -- a question that closes the thread
        "!lo ~1 dejamos|dejemos|dejariamos ~1 aqui|ahi|aca ~1 ?|.|!|,|no|entonces|mejor @0.8",
        # "Le agradecería que no volviera a escribirme", "les pediría que no volviesen a contactarme"
        "!no ~2 volviera|volvieras|volvieran|volvierais|volviese|volvieses|volviesen|volvieseis a ~2 escribir*|contactar*|enviar*|mandar*|molestar*|llamar*|escribirme|contactarme",
        # the usted singular: "le pido que no me contacte más", "no me mande nada más"
        "!no ~2 me|nos ~1 contacte|envie|mande|llame|moleste|molesten|molesteis|molestes|contacten ~2 mas|nada|nunca",
        # "no me sigan enviando correos", "que no sigáis escribiéndome"
        "!no ~1 me|nos|le|les ~1 sigan|sigais|siga|sigas|continuen|continueis|continue ~1 enviando|mandando|escribiendo|contactando|llamando|molestando|enviandome|mandandome|escribiendome|contactandome|enviandonos|escribiendonos ~2 .|,|!|;|correos|mails|emails|mensajes|comunicaciones|publicidad|propuestas|ofertas|nada|mas|gracias|por|informacion|promociones|direccion|buzon|cuenta",
        "!no sigan|sigais|siga|sigas|continuen|continueis|continue ~1 enviando|mandando|escribiendo|contactando|llamando|molestando|enviandome|mandandome|escribiendome|contactandome|enviandonos|escribiendonos ~2 .|,|!|;|correos|mails|emails|mensajes|comunicaciones|publicidad|propuestas|ofertas|nada|mas|gracias|por|informacion|promociones|direccion|buzon|cuenta",
        # "No jodan más", "no molesten más", "no me fastidien más" (Latin-American and Spanish)
        "!no ~2 jodan|jodais|jodas|molesten|molesteis|molestes|moleste|fastidien|fastidieis|chinguen|frieguen|friegues ~1 mas ~1 .|!|,|con|;",
        # "eviten escribirme", "evitad contactarnos"
        "eviten|evitad|evite|evita|evitar|eviteis ~2 escribirme|contactarme|enviarme|mandarme|escribirnos|contactarnos|enviarnos|mandarnos|molestarme|molestarnos|llamarme @0.9",
        # "no desea que se le siga contactando por esta vía"
        "!no ~1 desea|desean|deseo|deseamos|quiere|quieren|quiero|queremos que ~1 se ~1 le|les|me|nos ~1 siga|sigan|continue|continuen|vuelva|vuelvan ~2 contactando|escribiendo|enviando|contactar|escribir",
        # "el cliente no desea ser contactado", "no queremos volver a ser contactados"
        "!no ~1 desea|desean|quiere|quieren|deseamos|queremos|deseo|quiero|desearia|deseariamos|quisiera|quisieramos ~1 {ser contactado|ser contactada|ser contactados|ser contactadas|volver a ser contactado|volver a ser contactada|volver a ser contactados|seguir siendo contactado|seguir siendo contactada|seguir siendo contactados|ser molestado|ser molestada|ser recontactado|ser recontactada}",
        # "no hace falta que me volváis a escribir dentro de seis meses por si acaso"
        "!no {hace falta|es necesario|hay necesidad de} que ~2 vuelvan|vuelvas|volvais|vuelva a ~2 escribir*|contactar*|molestar*|llamar* ~2 {dentro|por si|mas adelante|mas tarde|en unos|en otro} @0.8",
        "!no ~2 cuenten|conteis|cuente ~2 conmigo|nosotros ~3 envios|campanas|proximos|proximas|futuros|futuras|comunicaciones|mailing @0.8",
        # "quitadme de esto", "sacadme de aquí": out of the mailing pointed at, not a stored-data place
        "quitadme|quitame|quitenme|quiteme|sacadme|sacame|saquenme|saqueme|excluidme|excluyanme ~1 de ~1 esto|aqui|ahi @0.9",
        # the automated follow-up: "podéis parar la secuencia", "detengan esta campaña", "cancelen los seguimientos"
        # asked of the sender (imperative, "podéis ..."), not "tuvimos que parar la campaña de verano"
        "paren|parad|detengan|detened|corten|cortad|cancelen|cancelad|pausen|pausad|terminen|terminad ~2 la|esta|vuestra|su|sus|estas|las|los|estos|el|este|vuestros|vuestras ~1 secuencia|secuencias|automatizacion|seguimiento|seguimientos|recordatorios|mailing|mailings @0.9",
        "{podeis|pueden|puede|podrian|podriais|podes|favor de|por favor} ~1 parar|detener|cortar|cancelar|pausar|terminar ~2 la|esta|vuestra|su|sus|estas|las|los|estos|el|este|vuestros|vuestras ~1 secuencia|secuencias|automatizacion|seguimiento|seguimientos|recordatorios|mailing|mailings @0.9",
        "parar|paren|parad|detener|detengan|detened|cortar|corten|cortad|cancelar|cancelen|cancelad|pausar|pausen|pausad ~1 esta|estas|vuestra|vuestras|su|sus ~1 campana|campanas @0.9",
        # the threat of what comes if mail goes on: "si me llega otro correo, ...", "como vuelvan a escribirme"
        # (with the threat named, not "si me llega otro correo con la tarifa, se la paso a mi jefe")
        "si|como ~2 llega|llegan|recibo|vuelvo|recibimos|llegara ~3 otro|otra|algun|alguna|mas ~1 correo|correos|mail|mails|email|emails|mensaje|mensajes|envio|e-mail ~8 denuncia|denunciare|denuncio|denunciaremos|denunciamos|denunciar|aepd|reclamacion|abogado|abogados|spam|queja|policia|agencia|bloqueo|bloqueare|bloquearemos|demanda|juzgado @0.8",
        "si|como ~2 me|nos ~1 {vuelven a|volveis a|vuelve a|siguen|seguis} ~1 escribir|contactar|enviar|mandar|llamar|escribiendo|enviando|mandando|contactando ~8 denuncia|denunciare|denuncio|denunciaremos|denunciamos|denunciar|aepd|reclamacion|abogado|abogados|spam|queja|policia|agencia|bloqueo|bloqueare|bloquearemos|demanda|juzgado @0.8",
        "si|como ~1 {vuelven a|volveis a|siguen|seguis} ~1 escribirme|contactarme|enviarme|mandarme|escribiendome|enviandome|mandandome ~8 denuncia|denunciare|denuncio|denunciaremos|denunciamos|denunciar|aepd|reclamacion|abogado|abogados|spam|queja|policia|agencia|bloqueo|bloqueare|bloquearemos|demanda|juzgado @0.8",
        # --- constructions (any person, tense and mood): NEGATION + want/wish + receive + mail words or "nada más"
        # "ya no necesito recibir sus boletines", "no me interesa seguir recibiendo este tipo de mensajes", "no
        # tengo intención de seguir recibiendo esta información" -- not "no quiero dejar de recibir sus boletines",
        # "no quiero recibir la factura en papel / el pedido por correo", nor a footer's "si no desea recibir más"
        _ES_NOT_I + " " + _ES_WANT_I + "|" + _ES_NEED_I + " " + _ES_RECEIVE_MAIL,
        _ES_NOT_I + " tengo|tenemos ~1 intencion|interes|ganas|necesidad ~1 de|en " + _ES_RECEIVE_MAIL,
        # ... said of someone the writer acts for: "(mi jefe) ... . No desea recibir más comunicaciones comerciales"
        _ES_NOT_3 + " " + _ES_WANT_3 + " " + _ES_RECEIVE_MAIL,
        _ES_TITLES + " ~2 ya? no|tampoco le|les? " + _ES_WANT_3 + " " + _ES_RECEIVE_MAIL,
        # ... relayed: "(el Sr. Ferrer) me pide que les comunique que no desea recibir más correos de su empresa"
        "!" + _ES_RELAY + " ~3 que ya? no|tampoco le|les? " + _ES_WANT_3 + " " + _ES_RECEIVE_MAIL,
        # "Es que ya no quiero recibir esto", "no queremos recibir nada más de ustedes" (a wish, not "no necesito
        # recibir nada más, ya tengo todo")
        _ES_NOT_I
        + " "
        + _ES_WANT_I
        + " seguir|continuar|volver? a? recibir|recibiendo esto|eso|nada mas? .|,|!|;|y|ni|nunca|gracias|de|del|mas",
        # "ya no quiero que me lleguen sus mensajes", "no deseo que me sigan enviando correos"
        _ES_NOT_I
        + " "
        + _ES_WANT_I
        + " que ~1 me|nos sig*|continu*|vuelv*? a? lleg*|envi*|mand*|escrib*|contact*|molest* mas|ningun|ninguna|"
        "otro|otra|otros|otras|estos|estas|sus|vuestros|vuestras|tus|los|las? mas|sus|vuestros|vuestras? tipo? de? "
        "mas|nunca|jamas|.|!|" + _ES_MAIL,
        # "Les agradecería que este fuera el último correo que recibo", "ojalá sea el último mensaje que me envían"
        # (subjunctive / conditional only: not "este fue / era el último correo que recibí")
        "sea|fuera|fuese|seria ~2 el|la ~1 ultimo|ultima ~1 correo|mensaje|email|e-mail|mail|envio|comunicacion|newsletter|boletin ~4 que ~2 recib*|lleg*",
        "sea|fuera|fuese|seria ~2 el|la ~1 ultimo|ultima ~1 correo|mensaje|email|e-mail|mail|envio|comunicacion|newsletter|boletin ~4 que ~1 me|nos ~1 envi*|mand*|escrib*|lleg*",
        "que ~2 sea|fuera|fuese ~2 el|la ~1 ultimo|ultima ~1 correo|mensaje|email|e-mail|mail|envio|comunicacion ~1 ,|.|!|;|por|gracias|de|del|que",
        # "Nunca más me escriban", "les pido que no me contacten nunca más", "no nos escriban jamás"
        "!nunca|jamas mas ~2 me|nos|le|les ~1 escrib*|envi*|mand*|contact*|molest*|llam*",
        "!no ~2 me|nos|le|les ~1 escriban|escribais|escriba|escribas|escribieran|escribiesen|envien|envieis|envie|envies|enviaran|enviasen|manden|mandeis|mande|mandes|mandaran|mandasen|contacten|contacteis|contacte|contactes|contactaran|contactasen|molesten|molesteis|moleste|molestes|vuelvan|volvais|vuelva|vuelvas|volvieran|volviesen ~3 nunca|jamas mas|.|,|!|;|por|gracias|ni|y",
        # an objection (art. 21) to direct marketing: "ejercito mi derecho de oposición, conforme al artículo 21 ...,
        # al tratamiento de mis datos personales con fines de mercadotecnia directa", "me opongo a que usen mis datos
        # para publicidad"
        "{ejerzo|ejercito|ejercemos|ejercitamos|formulo|formulamos|presento|quiero ejercer|deseo ejercer|quisiera ejercer|solicito ejercer} ~4 oposicion ~12 mercadotecnia|marketing|publicidad|publicitari*|comercial*|prospeccion|promocional*|mercantil*",
        "al tratamiento|uso|utilizacion ~2 mis|nuestros ~1 datos ~1 personales? ~1 con|para|a ~1 fines|finalidad|finalidades|efectos? ~1 de? ~1 mercadotecnia|marketing|publicidad|publicitari*|comercial*|prospeccion|promocional*",
        "me|nos opongo|oponemos ~12 mercadotecnia|marketing|publicidad|publicitari*|comercial*|prospeccion|promocional*",
        # "no quiero saber nada de ustedes", "no queremos oír hablar más de su empresa"
        "!no|ni|tampoco quiero|queremos|quisiera|quisieramos|deseo|deseamos volver? a? saber|oir|escuchar hablar? nada? mas? de ustedes|vosotros|usted|su|vuestra|vuestro|sus|vuestros empresa|compania|parte|productos|servicios|.|,|!|;|ni|nunca|jamas|mas|gracias|y",
        # "quiero que esto pare ya", "pido que estos correos cesen"
        "quier*|dese*|pido|necesit*|ruego que esto se? pare|termine|acabe|cese|detenga ~1 .|!|,|ya|de|y|inmediatamente|cuanto",
        "quier*|dese*|pido|necesit*|ruego que estos|estas|sus|los|las|vuestros|vuestras "
        + _ES_MAIL
        + " se? paren|terminen|acaben|cesen|detengan",
    ],
    "access": [
        "como ~1 he|hemos ~2 acabado|llegado|terminado|entrado|aparecido|parar ~3 en ~2 vuestra|su|sus|vuestras|esta ~1 lista|listas|base|bases|fichero|ficheros",
        "quien ~3 facilitado|dado|proporcionado|pasado|cedido|vendido ~3 mi|mis ~1 contacto|datos|correo|direccion|email|e-mail|telefono",
        "que ~1 hay ~2 en ~1 sus|vuestros|vuestra|vuestras|su ~1 ficheros|fichero|archivos|archivo|base|bases|sistemas|sistema|crm|registros ~4 {sobre mi|de mi|acerca de mi}",
        # "¿qué más tienen archivado a mi nombre?"
        "que ~1 mas ~3 tienen|teneis|guardan|guardais|hay ~3 {a mi nombre|sobre mi|archivado|guardado|registrado|almacenado}",
        "envien|enviar|enviarme|enviadme|enviame|envienme|mandar|mandarme|mandenme|mandadme|mandame|copia|saber|ver|listado|relacion ~6 lo que ~2 tengais|tengan|tienen|teneis|guardais|guardan|conservais|conservan|sabeis|saben ~2 guardado|registrado|almacenado|archivado|apuntado? ~1 {de mi|sobre mi}",
        "como ~2 han|habeis|hayan ~1 conseguido|obtenido|sacado ~2 esa|ese|esta|este|su|mi|la|el ~1 direccion|correo|email|numero|telefono|contacto|datos",
        "que ~1 saben|sabeis|tienen|teneis ~2 {de el|de ella|sobre el|sobre ella} ?",
        "que categorias ~2 datos",
        "destinatarios|empresas|quienes|quien ~6 cedido|cedieron|pasado|pasaron|vendido|vendieron|comunicado|comunicaron|facilitado|facilitaron|dado|dieron ~2 mis|mi ~1 datos|correo|direccion|informacion|numero|telefono|movil",
        "cuantas|que|cuales empresas ~3 tienen|tengan|recibido|tenido ~2 mi|mis ~1 correo|datos|direccion|numero|telefono|movil",
        "quien ~2 le|les|os|te|me ~1 {dijo|ha dicho|conto|ha contado|paso|chivo|dio}",
        "a quien ~3 compraron|compro|compraste|comprasteis|consiguieron|sacaron ~2 mi|mis|nuestro|nuestros",
        "de que ~1 lista|base|proveedor ~3 sacaron|obtuvieron|tienen|sacasteis",
        "que|q ~1 datos|informacion|info ~6 tienen|tengan|manejan|conservan|guardan|figuran|tratan|recogido|teneis|disponen|registrado|guardado @0.8",
        "que|q ~1 datos|informacion|info ~8 {sobre mi|de mi|mios|mia|mi persona}",
        # "¿qué tienen sobre mí?", "envíenme lo que tienen sobre mí" -- not "los datos que tienen sobre mí están mal"
        "¿ ~3 que ~3 saben|tienen|teneis|sabeis|tengan|guardan|conservan ~3 {de mi|sobre mi}",
        "envien|enviar|enviarme|enviaran|enviasen|enviadme|enviame|envienme|mandar|mandarme|mandaran|mandasen|mandenme|mandadme|mandame|copia|saber|conocer|ver|consultar|acceder|diganme|digame|decirme|decidme|dime|indiquen|indiqueme|indicarme|informen|informarme|detallen|listado|relacion ~8 que ~3 saben|tienen|teneis|sabeis|tengan|guardan|conservan ~3 {de mi|sobre mi}",
        "que ~2 saben|tienen|teneis|sabeis|tengan|guardan|conservan ~2 {de mi|sobre mi} ?",
        "que mas ~2 tienen|teneis|saben ~2 {de mi|sobre mi}",
        "quien ~2 les|os|le ~2 {dio|paso|vendio|facilito|ha dado|ha pasado|han dado|cedio|proporciono} ~3 mi|mis",
        "{de donde|d donde} ~4 sacado|obtenido|sacaron|salido|tienen|obtuvieron|proviene|provienen|vienen",
        "cual fue la fuente",
        "a quien|quienes ~4 {se han comunicado|han comunicado|se han cedido|han cedido|se han facilitado|han facilitado|se han vendido|han vendido|se comunicaron|se cedieron} ~3 datos|informacion|correo|numero|mis|esos|estos",
        "saber|conocer|confirmen|confirmar|indiquen|diganme ~2 si ~3 disponen|tienen|teneis|conservan|guardan|tratan|figuran|constan ~3 mi|mis|datos|informacion",
        "fuente de ~3 mis|mi|los datos",
        "como ~3 {llegasteis|llegaron|han llegado|habeis llegado|consiguieron|conseguisteis|obtuvieron|obtuvisteis|han conseguido|habeis conseguido|sacaron|sacasteis|dieron|disteis} ~2 {a mi|mi|mis|conmigo}",
        "quien ~2 les|os|le|te ~1 lo|la|los|las ~1 {dio|paso|vendio|facilito|cedio|proporciono|ha dado|ha pasado|ha vendido|ha facilitado|ha cedido|han dado|han pasado} @0.9",
        "todo lo que ~4 registrado|guardado|anotado|recogido|almacenado|grabado ~3 {sobre mi|de mi}",
        "solicito|pido|quiero|quisiera|envienme|mandenme|enviadme|mandadme|enviame|mandame ~3 copia ~4 grabacion|grabaciones|llamada|llamadas @0.9",
        "relacion|listado|detalle de ~2 lo que|datos|informacion ~3 tienen|tenian|teneis|teniais|tengan|guardan|guardaban|conservan|conservaban @0.9",
        "que datos ~2 son|eran ~1 exactamente",
        "cuanto tiempo ~4 guardar|conservar|guardaran|conservaran|guardan|conservan|tener|tendran ~2 mis|mi ~1 datos|informacion|correo|numero",
        "copia ~5 {sobre mi|registrado|conservan}",
        "envien|mandenme|envienme|manden|enviadme|mandadme|mandar|enviar ~4 {toda la informacion|todo lo que}",
        "todo lo que ~3 tengan|tienen|teneis|conservan|saben ~3 {de mi|sobre mi} @0.5",
        "diganme|digame|decirme|indicarme|informen|informarme ~4 que ~3 tienen|datos|informacion|saben",
        "que ~1 informacion|datos ~3 guardan|tienen|tratan|conservan ~3 {sobre mi|de mi}",
        "de que fuente",
        "quien les dio",
        "mandenme|envienme ~3 copia",
        "copia de mi ficha",
        "fuente|origen|procedencia ~1 ?|gracias|porfa",
        "fuente|origen|procedencia por favor",
        "{su fuente|cual es la fuente|vuestra fuente}",
        "derecho de acceso",
        "solicitud de acceso",
        "acceso a mis datos",
        "que datos ~4 tienen|tratan|conservan|disponen",
        "copia de ~3 datos",
        "como|donde ~3 obtuvieron|consiguieron|sacaron ~2 mi|mis",
        "de donde ~3 mis|mi datos|correo|direccion",
        "origen de ~3 datos @0.5",
        "saber|conocer|informen|indiquen|indicar|indicarme|informarme|cual|comuniquen|diganme|digame ~4 origen de ~3 datos",
        "derechos arco @0.4",
    ],
    "erasure": [
        # the imperfect subjunctive of a polite ask: "le agradecería que borrara mis datos personales"
        "agradeceria|agradeceriamos|agradeceremos|quisiera|quisieramos|querria|preferiria|pediria|rogaria|ruego|pido|pedimos ~4 que ~2 borrara|borraran|borrase|borrasen|eliminara|eliminaran|eliminase|eliminasen|suprimiera|suprimieran|suprimiese|suprimiesen ~3 mis|nuestros|todos|los ~2 datos",
        "datos|informacion ~3 sean|sea|queden ~1 eliminados|eliminada|borrados|borrada|suprimidos|suprimida|destruidos",
        "purguen|purgar|purgad|purgue|depuren|depurar ~4 mi|mis|toda|todos ~2 informacion|datos|ficha|registro|rastro",
        # "no quiero que conserven mis datos"
        "!no ~1 quiero|deseo ~1 que ~1 conserven|conserveis|guarden|guardeis|almacenen|almaceneis|mantengan|mantengais|tengan|tengais ~2 mis|mi ~1 datos|informacion|direccion|numero|correo|nombre",
        # "limpiad vuestros registros de todo lo mío"
        "limpiad|limpien|limpiar|limpie ~4 registros|sistemas|bases|base|ficheros|archivos|crm ~4 mio|mia|mios|mis",
        # "triturad todo lo que tengáis sobre mí"
        # "no quiero que quede nada mío en vuestros sistemas"
        "!quede|queden|quedar|quedara|permanezca ~1 nada|ningun|ninguna|rastro ~2 mio|mia|mios|mias|mi ~3 en|vuestros|sus|vuestra|su|base|sistemas",
        "!nada ~1 mio|mia ~3 en ~2 vuestros|sus|vuestra|su ~1 sistemas|sistema|base|bases|ficheros|archivos|registros|crm",
        # "triturad todo lo que tengáis sobre mí"
        "triturad|trituren|triture|triturar|trituradora|destructora|papelera|basura ~4 {sobre mi|de mi|mio|mia|mis datos}",
        # "que mi dirección sea eliminada de sus ficheros"
        "direccion|datos|correo|informacion|ficha|nombre|email|e-mail ~3 sea|sean ~1 eliminada|eliminadas|eliminados|eliminado|borrada|borradas|borrados|borrado|suprimida|suprimidos|suprimido|destruidos|destruida|destruido ~4 de|del ~2 sus|vuestros|vuestras|vuestro|su|los|las|el ~1 ficheros|fichero|archivos|archivo|bases|base|sistemas|sistema|registros|registro|bbdd|crm|servidores",
        # "... han sido eliminados? Si no es así, háganlo"
        "eliminados|borrados|suprimidos|destruidos|eliminadas|borradas|suprimidas|destruidas ~12 {si no es asi|si no|de lo contrario|en caso contrario|si no fuera asi} ~2 haganlo|hacedlo|hagalo|procedan|proceda|procedad|eliminenlos|borrenlos|supriman|eliminen|borren|eliminadlos|borradlos",
        # the tú form ("te pido que suprimas mis datos") and the relayed ask ("quiere que borréis sus datos de vuestra base")
        "borres|elimines|suprimas|quites|saques|destruyas ~3 mi|mis|todos|todas|toda|cualquier ~3 datos|dato|informacion|ficha|perfil|registro|registros",
        "quiere|pide|solicita|desea|ruego|rogamos|pido|solicito|quiero que ~1 borreis|elimineis|suprimais|borren|eliminen|supriman|borres|elimines|suprimas|destruyan ~2 sus|todos|toda|todas ~2 datos|ficha|informacion|registros|perfil",
        "{haced el favor de|hagan el favor de|haga el favor de|favor de|por favor|os pido|les pido|le pido|te pido|pueden|podeis|podrian|podriais|quiero|exijo|ruego|rogamos|solicito} ~1 borrarlo|borrarla|borrarlos|borrarlas|eliminarlo|eliminarla|eliminarlos|suprimirlo|suprimirlos|destruirlo|destruirlos ~1 todo|todos|todas|toda @0.9",
        "!no ~1 quiero|deseo ~2 ni ~1 una|un ~1 linea|dato|rastro|registro ~2 mia|mio|mias|mios ~2 en ~1 vuestros|vuestras|sus|su|vuestra|vuestro ~1 archivos|ficheros|base|bases|sistema|sistemas|registros|crm",
        "borrasen|borraseis|borraran|borrarais|eliminasen|eliminaseis|eliminaran|eliminarais|suprimiesen|suprimieseis|suprimieran|suprimierais|quitasen|quitaseis|quitaran|quitarais ~3 mi|mis|todos|todas|los|sus|cualquier ~2 datos|dato|informacion|ficha|registros|rastro",
        # "les pido que procedan a su supresión" -- not a disclaimer's "le rogamos que proceda a su eliminación"
        "procedan|procedais ~1 a ~1 la|su ~1 supresion|cancelacion",
        "supresion|eliminacion|borrado|destruccion ~2 de ~2 cualquier|todo|todos|toda ~1 dato|datos|informacion|rastro|registro",
        "suprimirse|borrarse|eliminarse|destruirse de ~1 sus|su|vuestros|vuestras|vuestra|vuestro ~1 sistemas|sistema|base|bases|registros|ficheros|crm|archivos @0.9",
        "fuera de ~1 vuestra|vuestras|su|sus|vuestro|vuestros ~1 {base de datos|bases de datos|bbdd|sistemas|ficheros|crm} @0.9",
        "quiero que ~1 borran|borren|borres|eliminen|eliminan|supriman ~3 mis|todos|toda ~2 datos|informacion|info",
        # vosotros: "que borréis nuestros datos", "suprimid de vuestra base de datos mi dirección"
        "borreis|elimineis|suprimais|destruyais ~2 mis|nuestros|nuestras|todos|todas ~2 datos|direcciones|direccion|informacion|fichas",
        "borrad|suprimid|eliminad|destruid ~3 mis|nuestros|nuestras|todos|todas|mi|nuestra ~2 datos|direcciones|direccion|informacion|ficha|fichas",
        "borrad|suprimid|eliminad ~4 de ~1 vuestra|vuestras|vuestros|vuestro ~1 base|bases|sistemas|sistema|ficheros|fichero|crm|registros",
        "mis|sus|los|tus ~3 datos|informacion|registros|ficha|nombre|correo|direccion|numero ~4 dejen|deje|dejaran|dejara|dejasen|dejase de figurar|constar|existir|aparecer|estar",
        "retiren|retirar|retire|retirad|retira|retireis ~3 mi|mis|todos|todas|toda|cualquier ~2 nombre|numero|telefono|correo|direccion|datos|dato|ficha|perfil|info|informacion",
        "retiren|retirar|retire|retirad|retira|retireis ~6 de ~3 {base de datos|bases de datos|bbdd|sistema|sistemas|registros|archivo|archivos|ficheros|fichero|crm}",
        "!confirm* ~3 que ~1 ya ~1 no ~2 conservan|guardan|tienen|tengan|conserven|guarden|teneis|conservais|guardais|almacenan ~2 nada|datos|ningun|ninguna|mis|mi|informacion @0.9",
        "!no ~2 sigan|siguieran|siguiesen|seguir|sigais|sigas|continuen|continuaran ~1 conservando|guardando|almacenando|teniendo ~2 mis|mi|datos|informacion|nada",
        "!no ~2 quede|quedara|quedase|quedaran|queden|guarden|guardaran|guardasen|conserven|conservaran|tengan ~2 constancia|registro|rastro|copia",
        "!ruego|pido|solicito|preferiria|prefiero|quiero|exijo|rogaria ~6 no se conserven|guarden|almacenen|conserve|guarde @0.8",
        "borrenlo*|borrenla*|eliminenlo*|eliminenla*|suprimanlo*|suprimanla*|borradlo*|borradla*|eliminadlo*|eliminadla*|suprimidlo*|suprimidla*|borralo*|borrala*|eliminalo*|eliminala*|destruyanlo*|destruidlo*|quitenlo*|quitenla*|saquenlo*|saquenla*|borrelo*|borrela*|eliminelo*|eliminela* ~3 de ~2 sus|su|la|las|vuestra|vuestras|vuestro|vuestros|el|los|tu|tus ~1 sistema|sistemas|base|bases|registros|archivos|ficheros|crm|servidores",
        "que los|las|lo|la ~1 borren|eliminen|supriman|destruyan|borreis|elimineis|suprimais|destruyais @0.8",
        "borrad|borren|eliminad|eliminen ~2 todo lo que ~3 tengais|tengan|tienen|teneis ~2 {de mi|sobre mi}",
        # the data named before: "(copia de mis datos.) Una vez atendido lo anterior, que procedan a suprimirlos"
        "procedan|proceda|procedais ~1 a ~1 suprimirlos|suprimirlas|borrarlos|borrarlas|eliminarlos|eliminarlas|destruirlos|destruirlas @0.9",
        "procedan|proceda|procedais ~1 a ~1 su ~1 supresion|borrado|eliminacion|destruccion @0.9",
        "borren|borrar|eliminen|eliminar|supriman|suprimir|quiten|quitar|saquen ~3 mi|mis ~2 datos|dato|ficha|perfil|info|informacion",
        # a contact detail deleted, not replaced ("borren mi número viejo y usen este" is a rectification)
        "borren|borrar|eliminen|eliminar|supriman|suprimir|quiten|quitar|saquen ~3 mi|mis ~2 nombre|numero|telefono|correo|direccion|email|e-mail|movil .|,|!|;|:|?|de|del|y|e|o|ni|por|ya|gracias|personal|personales|movil|electronico|completo|completa|ahora|inmediatamente|para|en|que|junto|asi|tambien|porfa|xfa|definitivamente|cuanto|lo|todo|)|(|a|al|su|sus",
        "borrenme|eliminenme|suprimanme ~3 {de todo|todas|sus|su}",
        "borrenlo|borrenlos|eliminenlo|eliminenlos|suprimanlo|suprimanlos|borradlo|borradlos|destruyanlo ~2 todo",
        "borrenlo*|borrenla*|eliminenlo*|eliminenla*|suprimanlo*|suprimanla*|borradlo*|borradla*|eliminadlo*|eliminadla*|suprimidlo*|suprimidla*|borralo*|borrala*|eliminalo*|eliminala*|destruyanlo*|destruidlo* ~2 todo|todos|todas|toda|ya|porfa|xfa|pf|por",
        "borrenlo|borrenlos|eliminenlos|suprimanlos @0.7",
        "borrenme|borradme|eliminenme|eliminadme|suprimanme|suprimidme @0.8",
        "quitenme|saquenme|sacadme|quitadme|sacame|quitame|borrenme|eliminenme|borradme|excluyanme ~4 base|bases|sistema|sistemas|registros|archivo|archivos|ficheros|fichero|crm",
        "borren|borrar|eliminen|eliminar|supriman|suprimir|quiten|quitar|saquen|sacar ~6 de ~3 base|bases|sistema|sistemas|registros|archivo|archivos|ficheros|fichero|crm",
        "eliminacion|supresion|borrado|destruccion|cancelacion ~2 definitiv*|total|completa? ~1 de|del ~1 la|los|las|el? ~1 mi|mis|todos|todas|toda|cualquier ~3 datos|informacion|ficha|perfil|registro|registros|expediente|contacto",
        # the writer's data as object of every person of the verb: usted (borre), vosotros (borrad), infinitive
        "borre|elimine|suprima|quite|saque|destruya|borrad|eliminad|suprimid|quitad|sacad|destruid|borreis|elimineis|quiteis|saqueis|borra|elimina|suprime|suprimi|quita|saca|destruye ~3 mi|mis|todos|todas|toda|cualquier ~3 datos|dato|informacion|info|ficha|perfil|registro|registros|nombre|correo|telefono|direccion|rastro",
        # the data named before, as a pronoun: "después quiero que la borren", "pido que se supriman"
        "quiero|quisiera|pido|solicito|ruego|rogamos|deseo|exijo que ~1 se|los|las|la|lo ~1 borren|eliminen|supriman|destruyan|borreis|elimineis|suprimais|destruyais @0.9",
        "despues|luego|posteriormente ~2 se|los|las ~1 borran|borren|eliminan|eliminen|suprimen|supriman|borrais|borreis|elimineis @0.8",
        "!no ~2 quiero|deseo|queremos que ~3 datos|informacion|dato|nombre|correo ~2 queden|sigan|esten|permanezcan|consten ~2 guardad*|almacenad*|registrad*|en @0.8",
        "!ni|ningun ~1 rastro ~2 {mi|mis|de mi}",
        "me|nos ~1 borre|elimine|suprima|quite|saque|borreis|elimineis|quiteis|saqueis|excluya ~4 base|bases|sistema|sistemas|registros|archivo|archivos|ficheros|fichero|crm",
        # wish / passive: "quiero que mis datos sean borrados"
        "mis|todos ~3 datos|informacion|ficha|perfil|registros ~5 sean|sea|queden ~2 borrad*|eliminad*|suprimid*|destruid*",
        "!no ~1 quiero|deseo ~2 salir|aparecer|figurar|estar|constar ~3 {en ningun|en ninguna|en ningun sitio|en ninguna parte|en sus|en vuestra|en vuestras|en su} @0.8",
        "destruya|destruyan|destruir ~3 cualquier|todo|todos ~2 registro|registros|dato|datos|informacion",
        "olvidense|olvidaos|olviden ~2 de mi",
        "desaparezc*|desaparecer|desapareci* ~6 sistema|sistemas|base|bases|ficheros|fichero|registros|archivos|archivo|crm|bbdd",
        # "quiero que desaparezca cualquier rastro mío", "que desaparezcan mis datos"
        "desaparezc*|desaparecer ~3 mi|mis|todo|todos|toda|cualquier ~2 datos|dato|ficha|rastro|registro|registros|informacion|perfil",
        "cualquier|todo ~1 rastro ~1 {mio|mia|de mi}",
        "mis|todos ~3 datos|informacion|registros ~4 dejen|deje de existir",
        "salir de ~2 su|sus|la|vuestra {base de datos|bases|ficheros} @0.8",
        "!no ~3 consentimiento|consiento ~4 conserven|guarden|conservar|guardar|tengan @0.8",
        "borren|borrar|eliminen|eliminar|supriman|suprimir|destruyan|destruir ~4 datos|dato|informacion|info|ficha|perfil|rastro|registro|todo",
        "toda mi informacion",
        "que me olviden",
        "olvidenme",
        "todo rastro",
        "borrenme|eliminenme ~3 base|sistema|completo|totalmente",
        # "quiero que todo eso se borre de vuestros sistemas", "pido que se eliminen de su base de datos"
        "que ~3 se ~1 borre|elimine|suprima|destruya|borren|eliminen|supriman|destruyan ~3 de ~1 vuestros|vuestras|sus|su|vuestra|vuestro|la|el|los|las|todos|todas ~1 sistemas|sistema|base|bases|registros|ficheros|fichero|archivos|crm|bbdd|servidores",
        "supresion ~3 de|del ~3 datos|informacion",
        "suprimir|borrar|eliminar|borren|eliminen|supriman ~3 mis|todos ~2 datos|informacion",
        "derecho de supresion",
        "derecho al olvido",
        "cancelacion de ~3 datos",
        "derecho de cancelacion",
        # "hagan desaparecer todo lo que tengan", "purguen sus registros", "anonimicen todo", "deshacerse de ellos"
        "hagan|haced|haga|hacer|hagais ~1 desaparecer ~4 todo|todos|toda|mis|mi|datos|informacion|rastro|ficha|registros",
        "purguen|purgad|purgar|purgue|purgueis|depuren|depurad ~4 registros|registro|base|bases|datos|sistemas|sistema|archivos|ficheros|crm|bbdd",
        "anonimicen|anonimiceis|anonimizad|anonimizar|anonimice|anonimiza ~4 mis|mi|todo|toda|todos",
        "destruyan|destruid|destrullan|destruyais|destruir|destruye ~3 mi|mis|todos|toda|todas ~2 datos|informacion|ficha|registros|dato",
        "deshaganse|deshaceos|deshacerse|deshaceros|deshagan|deshagais ~3 de ~2 mis|mi ~1 datos|informacion|ficha|registros",
        "deshaceros|deshacerse|deshaganse|deshaceos|deshagan|deshagais de ellos|ellas|esos|esa|eso @0.6",
        "!preferiria|prefiero|preferimos|prefeririamos ~1 que ~1 no ~2 tuvierais|tuvieran|tuviesen|tengan|tengais|conserven|conserveis|guarden|guardeis ~2 mis|mi|ningun|ninguna|datos @0.9",
        "!ni ~1 un|una? ~1 solo|sola? ~1 dato|datos ~1 mio|mios|mia ~4 sistema|sistemas|base|bases|ficheros|registros|empresa",
        "!no ~1 basta|suficiente|bastan ~6 borren|borrad|eliminen|eliminad|supriman|suprimid|borrar|eliminar|suprimir|bórrenme|borrenme|eliminenme|borradme @0.8",
    ],
    "rectification": [
        # the old detail replaced: "borren mi número viejo y usen este", "quiten el correo antiguo, el bueno es ..."
        "viejo|antiguo|anterior|vieja|antigua ~5 usen|utilicen|pongan|anoten|apunten|usad|poned|anotad|apuntad|usa|use|utilice|utiliza|pon|ponga|anota|anote|apunta|apunte ~2 este|esta|ese|esa|el|la|nuevo|nueva|ahora|mejor|solo|desde",
        # a title taken off the name: "quiten el «Dr.» de mi nombre, no soy doctor"
        "quiten|quitad|quite|quita|quitá|eliminen|eliminad|elimine|borren|borrad|borre|saquen|saque|supriman ~2 dr|dra|doctor|doctora|ing|ingeniero|ingeniera|lic|licenciado|licenciada|titulo|tratamiento ~4 nombre|apellido|firma|ficha|correos",
        "!no soy ~1 doctor|doctora|dr|dra|ingeniero|ingeniera|licenciado|licenciada|abogado|abogada @0.7",
        "corrijanlo|corrijalo|corregidlo|actualicenlo|actualicelo|cambienlo|modifiquenlo|corrijanla|cambienla @0.9",
        "actualizadlo|actualizadla|cambiadlo|cambiadla|modificadlo|modificadla|corregidla|actualizalo|actualizala|corrigelo|corrigela|cambialo|cambiala|modificalo|actualicenla|modifiquenla|rectifiquenlo|rectificadlo @0.9",
        "corrijan|corregid|corrija|corrige|cambien|cambiad|actualicen|actualizad|modifiquen ~1 esto|eso @0.8",
        "apuntame|apunteme|apuntadme|apuntenme|anotame|anoteme|anotadme|anotenme ~3 mejor|nuevo|nueva|correo|direccion|email|mail|telefono|movil",
        "que es el|la ~1 nuevo|nueva|correcto|correcta|bueno|buena @0.6",
        "me llamo ~2 , con @0.8",
        "con|sin tilde|acento @0.8",
        "ya no estoy en @0.6",
        "lo|la ~1 corrijan|corrigieran|corrigiera|cambien|cambiaran|cambiais|cambiaseis|actualicen|actualizaran|modifiquen|rectifiquen @0.8",
        "actualicen|actualizar|cambien|cambiar|corrijan|corregir|modifiquen ~4 dato|ficha|base|sistema|registro",
        "me llamo ~3 no @0.8",
        "no senor|senora|sr|sra|senorita @0.6",
        "soy {senora|mujer|hombre|una mujer|un hombre} @0.6",
        "tienen|teneis|tenéis ~1 mal ~3 nombre|apellido|cargo|telefono|empresa|nombre",
        "mal ~3 nombre|apellido|cargo|telefono|empresa @0.7",
        "{el bueno|el correcto|lo correcto} ~3 es|seria @0.6",
        "mi ~2 apellido|nombre ~3 es ~4 no|con @0.7",
        "actualicen|actualizar|cambien|cambiar|corrijan ~4 correo|direccion|telefono|cargo|puesto|nombre|apellido|datos|tratamiento",
        "mi nuevo correo|cargo|puesto|telefono|numero ~2 es",
        "mi nueva direccion ~3 es",
        "mi ~2 correo|direccion|telefono|numero|nombre|apellido|cargo|puesto|email|e-mail ~3 {es ahora|ahora es|ha cambiado|ya es}",
        "me ~2 tienen|teneis|tiene ~3 registrad*|apuntad*|guardad* ~2 como @0.8",
        "se escribe con",
        "lleva tilde|acento",
        "ya no es correct*|valid*|actual",
        "desactualizad*",
        "rectifica*",
        "corregir|corrijan|actualizar|actualicen|modificar ~3 mi|mis nombre|apellido|cargo|puesto|datos|empresa|direccion",
        "mal escrito",
        "datos ~2 incorrectos|inexactos|erroneos",
        "datos ~4 {estan mal|son incorrectos|estan equivocados|no son correctos|no son exactos|estan desfasados}",
        "no soy ~5 , sino @0.6",
        "ya no trabajo ~2 en @0.6",
    ],
    "restriction": [
        # "pongan mis datos en suspenso"
        "mis ~1 datos|informacion ~3 en ~1 suspenso|pausa|cuarentena",
        "congelen|congelar|bloqueen|bloquear|suspendan|suspender|inmovilic* ~3 mis ~2 datos",
        "suspendan|suspender ~3 cualquier|todo ~2 uso|tratamiento",
        "conserven|guarden ~3 mis datos ~4 pero ~4 no ~3 usen|utilicen",
        "datos inmovilizados",
        "conservar|guardar|tener|conservad|guardad ~3 datos ~5 pero ~3 {no usarlos|no los usen|no utilizarlos|no los utilicen|sin usarlos|sin utilizarlos}",
        "limitacion ~3 tratamiento",
        "limitar ~3 tratamiento",
        "restringir ~3 tratamiento",
        "restriccion ~3 tratamiento",
        # "no usen mis datos para nada mientras...", "bloquéenlos hasta que", "dejen de usar esta ficha hasta que"
        "!no ~2 usen|utilicen|traten|useis|utiliceis|trateis|uses|utilices|cedan|cedais ~3 datos|ficha|informacion ~2 {para nada|en absoluto|de ninguna forma|de ningun modo}",
        "!hasta|mientras ~8 no ~2 usen|utilicen|traten|useis|utiliceis|trateis|usar|utilizar|tratar ~3 datos|ficha|informacion",
        "!no ~2 usen|utilicen|traten|useis|utiliceis|trateis|usar|utilizar|tratar ~4 datos|ficha|informacion ~6 hasta|mientras",
        "!no ~2 hagan|hagais|realicen|realiceis|hacer|realizar ~1 ningun|ninguna ~1 tratamiento|uso ~3 datos|ficha|informacion",
        "!ningun|ninguna ~1 tratamiento|uso ~3 mis|mi ~1 datos|ficha|informacion ~6 hasta|mientras",
        "dejen|dejad|dejeis|dejar ~1 de ~1 usar|utilizar|tratar ~4 datos|ficha|informacion|contacto|registro ~8 hasta|mientras",
        "bloqueen|bloquead|bloquear|bloqueenlos|bloquéenlos|bloqueadlos|congelen|congelad|congelar|congelenlos|congeladlos|inmovilicen|inmovilizad ~4 datos|ficha|contacto|registro|hasta|mientras|informacion",
        "datos|ficha|contacto|registro ~2 bloqueados|bloqueada|bloqueado|congelados|congelada|congelado|inmovilizada|inmovilizado @0.9",
        "limiten|limitad|limitar|limitar ~3 uso|tratamiento ~3 datos|ficha|informacion",
    ],
    "portability": [
        "legible ~2 maquina|maquinas|ordenador",
        "exportar|exporten|exportarme|exportadme|exportenme|exporteis ~2 {mis datos|los datos mios|datos mios|mi ficha|mi perfil|los datos que tienen de mi|los datos que teneis de mi} @0.9",
        "transmitirlos|transmitirlas|transmitan|transmitid|transferirlos|transfieran ~4 nuevo|otra|otro ~1 proveedor|plataforma|responsable|empresa @0.8",
        "mis ~2 datos|ficha ~6 csv|json|xml|excel|archivo|formato",
        "export|exporten|exportar ~4 mi|mis ~2 datos|ficha",
        "archivo|formato ~3 csv|json|xml|excel",
        "portabilidad",
        "formato estructurado",
        "lectura mecanica",
        "uso comun",
        "transmitir ~4 mis datos",
    ],
    "post_mortem": [
        "fallecido|fallecida|fallecio|fallecimiento",
        "murio|muerte de",
        "difunto|difunta",
        "herederos|heredero",
    ],
    "abuse_report": [
        # an organisation to an abuse desk: "investigate your customer", "stop the sending to our domain"
        "investiguen|investigar|investigad|investigue ~2 a? ~1 su|sus|vuestro|vuestros cliente|clientes|remitente|remitentes",
        "detengan|detener|paren|parar|bloqueen|bloquear|cesen|cesar ~4 a|hacia ~1 nuestro|nuestros ~1 dominio|dominios",
        "esto|esta|este|eso es ~2 spam",
        # a complaint told in other words: "con qué derecho me mandan publicidad", "me di de baja ... y me vuelve a llegar"
        "con que derecho @0.7",
        "!sin que ~3 haya|hubiera|hubiese|he|hayamos ~1 autorizado|consentido|dado|pedido|solicitado @0.7",
        "{me di|nos dimos|me he dado|nos hemos dado|ya me di} de baja ~12 {vuelve a|vuelven a|volvio a|volvieron a|siguen|sigue|continuan|continua} ~2 llegar|llegando|enviar|enviando|mandar|mandando|escribir|escribiendo|recibir|recibiendo @0.8",
        "incumplir|incumpliendo|incumplen|incumple|infringen|infringiendo|vulnerando|vulneran ~3 normativa|ley|lopd|lopdgdd|rgpd|lssi|reglamento @0.8",
        "bloqueado|bloqueamos|bloquearemos ~2 vuestro|su|vuestra|el|sus|vuestros ~1 dominio|dominios|remitente|ip|servidor ~1 de? ~1 envio|envios|correo|.|,|en @0.7",
        "lista negra @0.6",
        "puesto|poner|pondre|pondremos|pondra|pongo ~3 en conocimiento ~3 aepd|agencia|autoridad|autoridades|fiscalia|policia",
        "obtencion|recogida|captacion ~1 ilicita|ilegal|fraudulenta @0.8",
        "trasladara|trasladare|trasladar|trasladado|comunicado|remitido|reenviado|notificado|denunciado|elevado ~4 aepd|policia|incibe",
        "trasladara|trasladare|trasladar|trasladado|comunicado|remitido|reenviado|notificado|denunciado|elevado ~4 {guardia civil|agencia espanola|agencia de proteccion}",
        "reclamacion|denuncia|queja ~1 presentada|interpuesta|registrada|tramitada|puesta|enviada",
        "{he|hemos|acabo de|acabamos de|voy a|vamos a} ~1 presentar|presentado|interponer|interpuesto|poner|puesto ~3 reclamacion|denuncia|queja",
        "{puesto en conocimiento|poner en conocimiento|pondre en conocimiento|pondremos en conocimiento} ~3 aepd|agencia|policia|autoridad|autoridades|fiscalia",
        "!sin consentimiento @0.6",
        "spam|correo basura @0.6",
        "no solicitad* @0.6",
        "denunciar|denunciare|denuncia ~4 aepd|agencia|autoridad|spam",
        "reclamacion ~4 aepd|agencia|autoridad @0.4",
        "!nunca ~4 consenti*|autorice|suscrib* @0.6",
        # the mailing never agreed to: "nunca autoricé que me enviaran publicidad", "jamás di permiso para escribirme"
        "!nunca|jamas ~2 {autorice|autorizamos|autorize|consenti|consentimos|permiti|permitimos|di permiso|dimos permiso|di mi consentimiento|he autorizado|he consentido|hemos autorizado} ~2 que|para|a ~3 enviaran|enviasen|mandaran|mandasen|escribieran|escribiesen|contactaran|contactasen|enviarme|mandarme|escribirme|contactarme|enviarnos|publicidad|correos|comunicaciones|ofertas @0.8",
        # a private person written to as a business: "este es mi correo personal, no tengo ninguna empresa"
        "{mi correo|mi email|mi mail|mi e-mail|mi direccion|mi cuenta|es un correo|es una direccion|es un email} personal|particular|privado|privada @0.5",
        "!no tengo|tenemos ~1 ninguna|una? ~1 empresa|negocio|compania|pyme @0.5",
        "!no soy ~1 una? ~1 empresa|autonomo|autonoma|empresario|empresaria|negocio|comercio|cliente @0.5",
        "!sin mi consentimiento|autorizacion|permiso @0.6",
        "a pesar de ~4 baja|solicit*|oposicion",
        "ya ~3 di de baja|solicite @0.7",
        "siguen ~3 enviando|escribiendo @0.7",
        "tercera|segunda vez @0.7",
        "persona fisica|particular @0.5",
        "ilegal* @0.5",
        "compraron ~3 base|lista|datos",
        "siguiente|proximo paso ~3 aepd|agencia|denuncia|abogado|abogados @0.8",
        # a complaint already lodged, told in the past or as under way: "ya presenté una queja ante el INAI", "estoy poniendo la denuncia"
        "presente|presentamos|interpuse|interpusimos|puse|pusimos|poniendo|presentando|interponiendo ~3 queja|denuncia|reclamacion|reclamo ~1 ante|contra @0.6",
        # the data-protection authorities of Latin America, named with a complaint
        "queja|denuncia|reclamacion|reclamo ~4 inai|superintendencia|sic|profeco|aaip|sernac|indecopi|prodhab|urcdp|anpd @0.8",
        # the law named as broken: "esto viola la Ley Federal de Protección de Datos", "prohibido por el artículo 21 de la LSSI"
        "viola|violan|violando|contraviene|contravienen|contraviniendo ~6 {lssi|rgpd|lopd|lopdgdd|lfpdppp|proteccion de datos} @0.8",
        "violacion|infraccion|vulneracion ~4 {lssi|rgpd|lopd|lopdgdd|lfpdppp|proteccion de datos} @0.7",
        "prohibid* ~4 articulo|lssi|rgpd|lopd|lopdgdd @0.7",
    ],
    "reminder": [
        "les envie una peticion|solicitud",
        "no he recibido ~3 respuesta",
        "recordatorio",
        "amonestacion",
        "sin respuesta",
    ],
}
